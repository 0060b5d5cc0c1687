package io.qml4j.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method {@code void name(Q q, double[] x)} that encodes classical inputs {@code x}
 * into a circuit. A feature map must not read trainable parameters; the processor rejects one
 * that does. Its model gets a fidelity kernel {@code |<phi(x1)|phi(x2)>|^2}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface FeatureMap {
  /** Number of qubits (wires 0 .. qubits-1). */
  int qubits();

  /** Number of inputs the method may read; -1 (default) infers it from the highest index read. */
  int inputs() default -1;
}
