package io.qml4j.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional settings for a model class (a class with {@link FeatureMap}, {@link Ansatz} or {@link
 * Observable} methods). Without it, the defaults below apply.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface QuantumModel {
  /** Whether the processor folds constants, merges rotations and cancels inverse pairs. */
  boolean optimize() default true;

  /** The most gates a model may unroll to; a larger circuit is a compile error. */
  int gateBudget() default Limits.DEFAULT_GATE_BUDGET;

  /** Name of the generated class; empty (default) means the model class name plus "Model". */
  String name() default "";
}
