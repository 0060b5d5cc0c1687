package io.qml4j.processor.eval;

import io.qml4j.processor.ir.Expr;
import javax.lang.model.type.TypeMirror;

/**
 * The Java type of a value during evaluation. Values carry their type in their class: a
 * {@code byte}, {@code short}, {@code char}, {@code int}, {@code long} or {@code float} is its box
 * (always a compile-time constant), a {@code double} is an {@link Expr} (a constant or an
 * expression of theta and x), a {@code boolean} a Boolean. Every store converts to the declared
 * type, so the class of a value is always its static Java type and Java's promotion rules can be
 * applied to the values themselves.
 */
enum ValueType {
  BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, OTHER;

  /** The type of a declared variable, parameter, field, element or method result. */
  static ValueType of(TypeMirror type) {
    if (type == null) {
      return OTHER;
    }
    switch (type.getKind()) {
      case BOOLEAN: return BOOLEAN;
      case BYTE: return BYTE;
      case SHORT: return SHORT;
      case CHAR: return CHAR;
      case INT: return INT;
      case LONG: return LONG;
      case FLOAT: return FLOAT;
      case DOUBLE: return DOUBLE;
      default: return OTHER;
    }
  }

  /** The type a value has. */
  static ValueType of(Object value) {
    if (value instanceof Expr) {
      return DOUBLE;
    }
    if (value instanceof Integer) {
      return INT;
    }
    if (value instanceof Long) {
      return LONG;
    }
    if (value instanceof Float) {
      return FLOAT;
    }
    if (value instanceof Character) {
      return CHAR;
    }
    if (value instanceof Short) {
      return SHORT;
    }
    if (value instanceof Byte) {
      return BYTE;
    }
    return value instanceof Boolean ? BOOLEAN : OTHER;
  }

  boolean isNumeric() {
    return this != BOOLEAN && this != OTHER;
  }

  boolean isIntegral() {
    return isNumeric() && this != FLOAT && this != DOUBLE;
  }

  /** Unary numeric promotion (JLS 5.6): byte, short and char compute as int. */
  ValueType promoted() {
    return this == BYTE || this == SHORT || this == CHAR ? INT : this;
  }

  /** Binary numeric promotion (JLS 5.6): the wider of double, float, long, else int. */
  static ValueType promote(ValueType a, ValueType b) {
    if (a == DOUBLE || b == DOUBLE) {
      return DOUBLE;
    }
    if (a == FLOAT || b == FLOAT) {
      return FLOAT;
    }
    return a == LONG || b == LONG ? LONG : INT;
  }

  /** The primitive class, for reflective calls of library methods. */
  Class<?> primitiveClass() {
    switch (this) {
      case BOOLEAN: return boolean.class;
      case BYTE: return byte.class;
      case SHORT: return short.class;
      case CHAR: return char.class;
      case INT: return int.class;
      case LONG: return long.class;
      case FLOAT: return float.class;
      case DOUBLE: return double.class;
      default: return null;
    }
  }

  /**
   * Java's casting conversion of a numeric compile-time value to this type (JLS 5.1.2, 5.1.3):
   * widening, and narrowing with Java's truncation and wrapping. A double that depends on theta or
   * x converts only to double: the caller checks {@link #isSymbolic} first.
   */
  Object convert(Object value) {
    if (!isNumeric() || !ValueType.of(value).isNumeric() || ValueType.of(value) == this) {
      return value;
    }
    if (value instanceof Expr) {
      return fromDouble(((Expr.Constant) value).value());
    }
    if (value instanceof Float) {
      return fromFloat((Float) value);
    }
    long l = value instanceof Character ? (long) (Character) value : ((Number) value).longValue();
    switch (this) {
      case BYTE: return (byte) l;
      case SHORT: return (short) l;
      case CHAR: return (char) l;
      case INT: return (int) l;
      case LONG: return l;
      // long to float and to double round once, exactly as int to float and int to double do.
      case FLOAT: return (float) l;
      default: return Expr.constant((double) l);
    }
  }

  private Object fromDouble(double d) {
    switch (this) {
      case BYTE: return (byte) d;
      case SHORT: return (short) d;
      case CHAR: return (char) d;
      case INT: return (int) d;
      case LONG: return (long) d;
      case FLOAT: return (float) d;
      default: return Expr.constant(d);
    }
  }

  private Object fromFloat(float f) {
    switch (this) {
      case BYTE: return (byte) f;
      case SHORT: return (short) f;
      case CHAR: return (char) f;
      case INT: return (int) f;
      case LONG: return (long) f;
      case FLOAT: return f;
      default: return Expr.constant((double) f);
    }
  }

  /** Whether a value is a double that depends on theta or x. */
  static boolean isSymbolic(Object value) {
    return value instanceof Expr && !(value instanceof Expr.Constant);
  }
}
