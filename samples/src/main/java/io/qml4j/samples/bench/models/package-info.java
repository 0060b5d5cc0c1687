/**
 * The benchmark models: the hardware-efficient ansatz of docs/benchmarks.md at several sizes
 * ({@code Hea}, {@code Hea10}, {@code Hea16}, {@code Hea20}) and a deeper 5-gate-per-layer variant
 * ({@code DeepHea}, {@code DeepHea10}), each an {@code @Ansatz} that calls the one body in
 * {@link io.qml4j.samples.bench.models.HeaLayers}; the processor generates {@code HeaModel} and so
 * on. Also the JMH benchmark of generated against interpreted simulation
 * ({@code GeneratedHeaBenchmark}) and {@code JitDemo}, which shows the generated chunk methods
 * being JIT-compiled.
 */
package io.qml4j.samples.bench.models;
