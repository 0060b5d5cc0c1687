package io.qml4j.processor.ir;

/**
 * Stable diagnostic codes. Every message the processor prints starts with {@code [code]}, so a
 * build log can be searched and a code can be documented (docs/processor.md lists them all).
 */
public enum Code {
  /** A wire outside 0..qubits-1. */
  WIRE("qml4j.wire"),
  /** A multi-wire gate given the same wire twice. */
  REPEATED_WIRE("qml4j.repeated-wire"),
  /** A loop bound, condition, array index or size that is not a compile-time constant. */
  CONSTANT("qml4j.constant"),
  /** A statement, expression or call outside the supported subset of Java. */
  UNSUPPORTED("qml4j.unsupported"),
  /** {@code theta} or {@code x} read past its declared size, or at a non-constant index. */
  INDEX("qml4j.index"),
  /** A trainable parameter that no gate reads (a warning). */
  UNUSED_PARAMETER("qml4j.unused-parameter"),
  /** A feature map that reads trainable parameters. */
  FEATURE_MAP_THETA("qml4j.feature-map-theta"),
  /** An observable on a wire the model does not have, or one that is not Hermitian. */
  OBSERVABLE("qml4j.observable"),
  /** A model class with observables but no feature map or ansatz. */
  NO_CIRCUIT("qml4j.no-circuit"),
  /** An annotated method whose signature the processor cannot use. */
  SIGNATURE("qml4j.signature"),
  /** Annotated or helper methods that call each other in a cycle. */
  RECURSION("qml4j.recursion"),
  /** A circuit over the model's gate budget, or a loop that never ends. */
  BUDGET("qml4j.budget"),
  /** Inconsistent model settings: qubit counts that differ, two feature maps, a bad name. */
  MODEL("qml4j.model"),
  /** An angle that is a non-finite constant (such as a division by zero). */
  ANGLE("qml4j.angle"),
  /** A noise channel's constant parameter out of range (a probability outside [0, 1], ...). */
  CHANNEL("qml4j.channel"),
  /** The compiler is not javac, so method bodies cannot be read. */
  COMPILER("qml4j.compiler"),
  /** A bug in the processor itself, reported instead of a stack trace. */
  INTERNAL("qml4j.internal");

  private final String id;

  Code(String id) {
    this.id = id;
  }

  /** The code as printed, such as {@code qml4j.wire}. */
  public String id() {
    return id;
  }
}
