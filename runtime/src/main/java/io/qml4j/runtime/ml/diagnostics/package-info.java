/**
 * Diagnostics of trainability: barren plateaus (McClean et al. 2018), measured as the variance of
 * a gradient component over random layered circuits for a global and a local cost, with its fitted
 * exponential decay rate, and the mitigations identity-block initialisation (Grant et al. 2019) and
 * layer-wise training (Skolik et al. 2021).
 */
package io.qml4j.runtime.ml.diagnostics;
