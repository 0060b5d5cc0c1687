package io.qml4j.spark;

import java.io.Serializable;

/**
 * Builds a model or feature map on the executor that uses it. Spark ships this factory, not the
 * model: the factory is created once on the driver and must be serialisable (a static method
 * reference such as {@code ZzKernelModel::featureMap}, or a lambda that captures only
 * serialisable values), while what it builds (a generated model's {@code differentiable()}, a
 * {@code StatePreparation} lambda, a compiled plan) need not be. Every Spark task calls
 * {@link #create()} once and reuses the result for all rows of its partition, so no simulator or
 * model object is made per row.
 *
 * @param <T> what the factory builds
 */
@FunctionalInterface
public interface SerializableFactory<T> extends Serializable {
  /** A new instance, built where it is used. */
  T create();
}
