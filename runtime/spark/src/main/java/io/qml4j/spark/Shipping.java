package io.qml4j.spark;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks on the driver that what Spark will ship to executors can be shipped, so that a
 * non-serialisable model fails at once with the argument's name rather than as Spark's
 * "Task not serializable" from inside the first job.
 */
final class Shipping {
  private Shipping() {}

  /**
   * Serialises {@code value} with Java serialisation (Spark's closure serialiser) into nothing.
   *
   * @throws IllegalArgumentException naming {@code argument} and the class that cannot be
   *     serialised
   */
  static <T> T requireSerializable(String argument, T value) {
    Objects.requireNonNull(value, argument);
    try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
      out.writeObject(value);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: cannot be sent to Spark executors: it holds an instance of %s, which is not "
              + "Serializable; pass a factory that builds the model on the executor, such as a "
              + "static method reference (MyModel::differentiable) or a lambda that captures only "
              + "serialisable values", argument, e.getMessage()), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(argument + ": cannot be serialised for Spark: " + e, e);
    }
    return value;
  }

  /** {@link SerializableFactory#create()} on the driver, naming the argument if it fails. */
  static <T> T createOnDriver(String argument, SerializableFactory<T> factory) {
    T made = factory.create();
    if (made == null) {
      throw new IllegalArgumentException(argument + ": the factory returned null");
    }
    return made;
  }
}
