package io.qml4j.dsl;

import java.util.Arrays;
import java.util.Locale;

/**
 * An immutable tensor product of single-wire Pauli letters, for example {@code X0 Z3}: X, Y or Z
 * keyed by wire, the identity on every wire not named. This is the one definition of Pauli strings
 * and their product rule, shared by the runtime and the compile-time processor.
 */
public final class PauliWord {
  private static final PauliWord IDENTITY = new PauliWord(new int[0], new char[0]);

  /** Wires with a non-identity letter, strictly increasing. */
  private final int[] wires;
  /** {@code letters[i]} is X, Y or Z on {@code wires[i]}. */
  private final char[] letters;

  private PauliWord(int[] wires, char[] letters) {
    this.wires = wires;
    this.letters = letters;
  }

  /**
   * A word times the phase {@code i^iPower}: multiplying words letter by letter gives another word
   * up to one of the phases 1, i, -1, -i.
   *
   * @param iPower the power k of the phase {@code i^k}, in 0..3
   * @param word the product's word
   */
  public record Product(int iPower, PauliWord word) {
    /** Whether the phase is real (1 or -1), so that the product is Hermitian. */
    public boolean isReal() {
      return (iPower & 1) == 0;
    }

    /** The sign of a real phase: +1 for {@code i^0}, -1 for {@code i^2}. */
    public double sign() {
      if (!isReal()) {
        throw new IllegalStateException("the phase i^" + iPower + " is not real");
      }
      return iPower == 0 ? 1 : -1;
    }
  }

  /** The identity, the empty word. */
  public static PauliWord identity() {
    return IDENTITY;
  }

  /**
   * One letter on one wire.
   *
   * @param letter I, X, Y or Z (upper case); I gives the identity
   * @param wire a non-negative wire number
   * @return the word
   * @throws IllegalArgumentException naming the argument when either is out of range
   */
  public static PauliWord of(char letter, int wire) {
    checkWire(wire);
    if ("IXYZ".indexOf(letter) < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "letter: expected I, X, Y or Z, got '%s'", letter));
    }
    return letter == 'I' ? IDENTITY : new PauliWord(new int[] {wire}, new char[] {letter});
  }

  /**
   * A word from parallel arrays (copied).
   *
   * @param wires strictly increasing non-negative wires
   * @param letters X, Y or Z for each wire
   * @return the word
   * @throws IllegalArgumentException naming the argument that breaks these rules
   */
  public static PauliWord of(int[] wires, char[] letters) {
    if (wires.length != letters.length) {
      throw new IllegalArgumentException("letters: expected " + wires.length
          + " letters, one per wire, got " + letters.length);
    }
    for (int i = 0; i < wires.length; i++) {
      checkWire(wires[i]);
      if (i > 0 && wires[i] <= wires[i - 1]) {
        throw new IllegalArgumentException("wires: expected strictly increasing wires, got "
            + Arrays.toString(wires));
      }
      if ("XYZ".indexOf(letters[i]) < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "letters: expected X, Y or Z, got '%s'", letters[i]));
      }
    }
    return wires.length == 0 ? IDENTITY : new PauliWord(wires.clone(), letters.clone());
  }

  /** The wires carrying X, Y or Z, increasing (a fresh array). */
  public int[] wires() {
    return wires.clone();
  }

  /** The letters X, Y or Z on {@link #wires()}, in the same order (a fresh array). */
  public char[] letters() {
    return letters.clone();
  }

  /** The letter on a wire: I, X, Y or Z. */
  public char letter(int wire) {
    int i = Arrays.binarySearch(wires, wire);
    return i >= 0 ? letters[i] : 'I';
  }

  /** The number of wires carrying X, Y or Z (the Pauli weight). */
  public int weight() {
    return wires.length;
  }

  /** The largest wire carrying X, Y or Z, or -1 for the identity. */
  public int maxWire() {
    return wires.length == 0 ? -1 : wires[wires.length - 1];
  }

  /** Whether this is the identity. */
  public boolean isIdentity() {
    return wires.length == 0;
  }

  /**
   * The product {@code this * other}, letter by letter: on a shared wire XY = iZ, YZ = iX,
   * ZX = iY, the reverse orders give -i, and equal letters give I.
   *
   * @param other the right factor
   * @return the product's word and phase
   */
  public Product times(PauliWord other) {
    int[] w = new int[wires.length + other.wires.length];
    char[] l = new char[w.length];
    int n = 0;
    int iPower = 0;
    int i = 0;
    int j = 0;
    while (i < wires.length || j < other.wires.length) {
      if (j == other.wires.length || i < wires.length && wires[i] < other.wires[j]) {
        w[n] = wires[i];
        l[n++] = letters[i++];
      } else if (i == wires.length || other.wires[j] < wires[i]) {
        w[n] = other.wires[j];
        l[n++] = other.letters[j++];
      } else {
        int wire = wires[i];
        char p = letters[i++];
        char q = other.letters[j++];
        if (p != q) {
          // cyclic order X -> Y -> Z -> X: a forward pair gives +i, a backward pair -i
          int forward = (q - p + 3) % 3;
          iPower += forward == 1 ? 1 : 3;
          w[n] = wire;
          l[n++] = (char) ('X' + 'Y' + 'Z' - p - q);
        }
      }
    }
    PauliWord word = n == 0 ? IDENTITY : new PauliWord(Arrays.copyOf(w, n), Arrays.copyOf(l, n));
    return new Product(iPower & 3, word);
  }

  /** Text that {@link PauliText} reads back: letters with wires separated by spaces, or I. */
  @Override
  public String toString() {
    if (wires.length == 0) {
      return "I";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < wires.length; i++) {
      sb.append(i > 0 ? " " : "").append(letters[i]).append(wires[i]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PauliWord
        && Arrays.equals(wires, ((PauliWord) o).wires)
        && Arrays.equals(letters, ((PauliWord) o).letters);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(wires) + Arrays.hashCode(letters);
  }

  private static void checkWire(int wire) {
    if (wire < 0) {
      throw new IllegalArgumentException("wire: expected a non-negative wire number, got " + wire);
    }
  }
}
