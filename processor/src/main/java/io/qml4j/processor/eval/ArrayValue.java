package io.qml4j.processor.eval;

import java.util.Arrays;

/**
 * A compile-time array (a constant edge list, a local {@code double[]}): elements are values of
 * the {@link ValueType} {@code component} (for arrays of arrays or Strings, {@code OTHER}).
 * Mutable and shared by reference like a Java array. An array held by a static field is
 * {@code shared}: Java keeps it across every call of the model, so a circuit may read it but only
 * the class's static initialisation may write it.
 */
final class ArrayValue {
  final Object[] elements;
  final ValueType component;
  private boolean shared;

  ArrayValue(Object[] elements, ValueType component) {
    this.elements = elements;
    this.component = component;
  }

  boolean shared() {
    return shared;
  }

  /** Marks this array and the arrays it holds as held by a static field. */
  void share() {
    shared = true;
    for (Object e : elements) {
      if (e instanceof ArrayValue) {
        ((ArrayValue) e).share();
      }
    }
  }

  @Override
  public String toString() {
    return Arrays.deepToString(elements);
  }
}
