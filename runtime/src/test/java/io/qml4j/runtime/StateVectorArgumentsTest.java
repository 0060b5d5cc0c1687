package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Bad sizes are clear errors, including those where {@code 2 << qubits} wraps around. */
class StateVectorArgumentsTest {
  @Test
  void qubitCountsBeyondTheLimitAreRejectedBeforeTheLengthIsComputed() {
    // 2 << 40 == 512 in int arithmetic: the length check alone would accept this array
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateVector.wrap(40, new double[512]));
    assertEquals("qubits: expected 1..29, got 40", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StateVector.of(40, new double[512]));
    assertThrows(IllegalArgumentException.class, () -> StateVector.wrap(0, new double[1]));
  }

  @Test
  void nullAndShortArraysAreNamed() {
    assertEquals("amplitudes: expected 8 numbers for 2 qubits, got null",
        assertThrows(IllegalArgumentException.class, () -> StateVector.wrap(2, null))
            .getMessage());
    assertEquals("amplitudes: expected 8 numbers for 2 qubits, got 6",
        assertThrows(IllegalArgumentException.class, () -> StateVector.of(2, new double[6]))
            .getMessage());
  }
}
