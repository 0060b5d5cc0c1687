/**
 * A compiled model inside a service, as an application embeds one: {@link
 * io.qml4j.samples.serve.PredictionService} serves a trained classifier ({@link
 * io.qml4j.samples.serve.ServedModel}, loaded from a versioned parameter file through {@link
 * io.qml4j.samples.serve.CompiledClassifiers}) over Jetty 12 with request
 * validation ({@link io.qml4j.samples.serve.PredictRequests}), bounded work and graceful shutdown
 * ({@code AdmissionExecutor}) and Prometheus metrics; {@link
 * io.qml4j.samples.serve.LoadGenerator} drives it and measures it. The showcase reaches them as
 * {@code serve} ({@link io.qml4j.samples.serve.ServeCommand}) and {@code load} ({@link
 * io.qml4j.samples.serve.LoadCommand}).
 */
package io.qml4j.samples.serve;
