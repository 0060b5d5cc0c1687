package io.qml4j.processor.eval;

import java.util.Arrays;

/**
 * A compile-time array (a constant edge list, a local {@code int[]}): elements are Integer,
 * Expr, Boolean, String or nested ArrayValue. Mutable like a Java array; field values are copied
 * before a method may write them.
 */
final class ArrayValue {
  final Object[] elements;

  ArrayValue(Object[] elements) {
    this.elements = elements;
  }

  ArrayValue deepCopy() {
    Object[] copy = elements.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] instanceof ArrayValue) {
        copy[i] = ((ArrayValue) copy[i]).deepCopy();
      }
    }
    return new ArrayValue(copy);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(elements);
  }
}
