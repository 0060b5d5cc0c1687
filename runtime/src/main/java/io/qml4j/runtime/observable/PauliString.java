package io.qml4j.runtime.observable;

import io.qml4j.dsl.PauliText;
import io.qml4j.dsl.PauliTextException;
import io.qml4j.dsl.PauliWord;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable tensor product of single-wire Pauli operators, for example {@code X0 Z3}: letters
 * X, Y, Z keyed by wire, identity on every wire not named. Wire numbers are those of the circuit
 * (wire 0 is the most significant bit of a basis index). A string has no coefficient; products
 * that pick up a phase report it in {@link Product}.
 */
public final class PauliString {
  private static final PauliString IDENTITY = new PauliString(PauliWord.identity());

  /** The shared definition of the string and its product rule. */
  private final PauliWord word;

  /** Wires with a non-identity letter, strictly increasing. */
  private final int[] wires;
  /** {@code letters[i]} is X, Y or Z on {@code wires[i]}. */
  private final char[] letters;

  private PauliString(PauliWord word) {
    this.word = word;
    this.wires = word.wires();
    this.letters = word.letters();
  }

  /** The string of a shared {@link PauliWord}. */
  public static PauliString of(PauliWord word) {
    return word.isIdentity() ? IDENTITY : new PauliString(word);
  }

  /** This string as the shared {@link PauliWord}. */
  public PauliWord word() {
    return word;
  }

  /**
   * The product of a Pauli string and a phase {@code i^iPower}: multiplying Pauli strings letter by
   * letter gives another string up to one of the phases 1, i, -1, -i.
   *
   * @param iPower the power k of the phase {@code i^k}, in 0..3
   * @param string the Pauli string
   */
  public record Product(int iPower, PauliString string) {
    /** Whether the phase is real (1 or -1), so that the product is Hermitian. */
    public boolean isReal() {
      return shared().isReal();
    }

    /** The real sign of a real phase: +1 for i^0, -1 for i^2. */
    public double sign() {
      return shared().sign();
    }

    /** The same product as the shared {@link PauliWord.Product}, whose rules these are. */
    public PauliWord.Product shared() {
      return new PauliWord.Product(iPower, string.word());
    }
  }

  /** The identity, the empty product. */
  public static PauliString identity() {
    return IDENTITY;
  }

  /** One letter (I, X, Y or Z, either case) on one wire; I gives the identity. */
  public static PauliString of(char letter, int wire) {
    checkWire(wire);
    return of(PauliWord.of(checkLetter(letter), wire));
  }

  /**
   * A string from a map of wire to letter (I, X, Y or Z, either case); identity letters are
   * dropped.
   */
  public static PauliString of(Map<Integer, Character> letters) {
    TreeMap<Integer, Character> sorted = new TreeMap<>();
    for (Map.Entry<Integer, Character> e : letters.entrySet()) {
      checkWire(e.getKey());
      char upper = checkLetter(e.getValue());
      if (upper != 'I') {
        sorted.put(e.getKey(), upper);
      }
    }
    return fromSorted(sorted);
  }

  /**
   * Parses a product of letters with wire numbers, for example {@code "X0 Z3"}, {@code "Z0Z1"},
   * {@code "Z0 @ Z1"} or {@code "I"}. Letters on the same wire are multiplied; a product with a
   * phase other than 1 (such as {@code "X0 Y0"} = i Z0) is rejected.
   *
   * @throws PauliSyntaxException when the text is not a product of Pauli letters
   */
  public static PauliString parse(String text) {
    try {
      return of(PauliText.parseWord(text));
    } catch (PauliTextException e) {
      throw new PauliSyntaxException(e);
    }
  }

  /** The wires carrying X, Y or Z, in increasing order (a fresh array). */
  public int[] wires() {
    return wires.clone();
  }

  /** The letter on a wire: I, X, Y or Z. */
  public char letter(int wire) {
    int i = Arrays.binarySearch(wires, wire);
    return i >= 0 ? letters[i] : 'I';
  }

  /** The largest wire carrying X, Y or Z, or -1 for the identity. */
  public int maxWire() {
    return wires.length == 0 ? -1 : wires[wires.length - 1];
  }

  /** The number of wires carrying X, Y or Z (the Pauli weight). */
  public int weight() {
    return wires.length;
  }

  /** Whether this is the identity. */
  public boolean isIdentity() {
    return wires.length == 0;
  }

  /**
   * The product {@code this * other}, letter by letter: on a shared wire XY = iZ, YZ = iX,
   * ZX = iY, the reverse orders give -i, and equal letters give I.
   */
  public Product times(PauliString other) {
    PauliWord.Product p = word.times(other.word);
    return new Product(p.iPower(), of(p.word()));
  }

  /** Whether the two strings commute as operators (they differ on an even number of wires). */
  public boolean commutes(PauliString other) {
    int clashes = 0;
    for (int i = 0; i < wires.length; i++) {
      char q = other.letter(wires[i]);
      if (q != 'I' && q != letters[i]) {
        clashes++;
      }
    }
    return (clashes & 1) == 0;
  }

  /**
   * Whether the two strings commute wire by wire: on every wire they share, the letters agree, so
   * both are diagonal in one product basis and one set of shots measures both.
   */
  public boolean qubitWiseCommutes(PauliString other) {
    for (int i = 0; i < wires.length; i++) {
      char q = other.letter(wires[i]);
      if (q != 'I' && q != letters[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bit mask, over basis indices of an n-qubit state, of the wires whose letter flips the bit
   * (X and Y).
   */
  int flipMask(int qubits) {
    return mask(qubits, "XY");
  }

  /** Bit mask of the wires whose letter gives a sign on bit 1 (Y and Z). */
  int phaseMask(int qubits) {
    return mask(qubits, "YZ");
  }

  /** Bit mask of every wire carrying a letter. */
  int supportMask(int qubits) {
    return mask(qubits, "XYZ");
  }

  /** The number of Y letters: each contributes a factor i to {@code P|k>}. */
  int yCount() {
    int count = 0;
    for (char c : letters) {
      if (c == 'Y') {
        count++;
      }
    }
    return count;
  }

  private int mask(int qubits, String which) {
    int mask = 0;
    for (int i = 0; i < wires.length; i++) {
      if (which.indexOf(letters[i]) >= 0) {
        mask |= 1 << (qubits - 1 - wires[i]);
      }
    }
    return mask;
  }

  /** Text the parser reads back: letters with wires separated by spaces, or {@code I}. */
  @Override
  public String toString() {
    return word.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PauliString p && word.equals(p.word);
  }

  @Override
  public int hashCode() {
    return word.hashCode();
  }

  private static PauliString fromSorted(TreeMap<Integer, Character> sorted) {
    int[] w = new int[sorted.size()];
    char[] l = new char[sorted.size()];
    int i = 0;
    for (Map.Entry<Integer, Character> e : sorted.entrySet()) {
      w[i] = e.getKey();
      l[i++] = e.getValue();
    }
    return of(PauliWord.of(w, l));
  }

  static void checkWire(int wire) {
    if (wire < 0) {
      throw new IllegalArgumentException("wire: expected a non-negative wire number, got " + wire);
    }
  }

  private static char checkLetter(char letter) {
    char upper = Character.toUpperCase(letter);
    if ("IXYZ".indexOf(upper) < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "letter: expected I, X, Y or Z, got '%s'", letter));
    }
    return upper;
  }
}
