/**
 * The processor's immutable values: angle expressions with symbolic derivatives, gates, models,
 * observables, source sites and diagnostics. Every phase takes and returns these.
 */
package io.qml4j.processor.ir;
