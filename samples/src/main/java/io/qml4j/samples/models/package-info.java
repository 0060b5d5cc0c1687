/**
 * Sample models compiled by the qml4j annotation processor: each class declares its circuit as
 * {@code @FeatureMap}, {@code @Ansatz} and {@code @Observable} methods, and {@code mvn compile}
 * generates a class named after it with the suffix {@code Model} (such as {@code ClassifierModel})
 * that simulates the circuit as unrolled straight-line code.
 */
package io.qml4j.samples.models;
