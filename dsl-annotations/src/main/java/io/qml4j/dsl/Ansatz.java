package io.qml4j.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method {@code void name(Q q, double[] theta)} (or {@code void name(Q q, double[]
 * x, double[] theta)} for data re-uploading) that applies the trainable part of a model. In a model
 * with a {@link FeatureMap}, the ansatz runs after it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Ansatz {
  /** Number of qubits (wires 0 .. qubits-1). */
  int qubits();

  /** Number of trainable parameters; -1 (default) infers it from the highest index read. */
  int params() default -1;
}
