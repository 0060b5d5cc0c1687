package io.qml4j.runtime.gradient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The angle of one gate slot as an expression of the trainable parameters {@code theta} and the
 * inputs {@code x}: a real-weighted sum of monomials, each {@code 1}, {@code theta[k]},
 * {@code x[j]} or {@code theta[k] * x[j]} (data re-uploading). That covers a parameter shared by
 * many gates, scaled angles such as {@code 2 theta[k]}, sums such as {@code theta[a] + theta[b]}
 * and feature products, while every derivative stays exact and cheap. Immutable.
 *
 * <pre>{@code
 * Param.theta(3)                      // theta[3]
 * Param.theta(0).times(2.0).plus(0.5) // 2 theta[0] + 0.5
 * Param.product(1, 2)                 // theta[1] * x[2]
 * Param.theta(0).plus(Param.theta(1)) // theta[0] + theta[1]
 * }</pre>
 */
public final class Param {
  /** Index value meaning "this monomial has no theta factor" or "no x factor". */
  static final int NONE = -1;

  /** One monomial {@code coefficient * theta[theta] * x[input]}, a factor absent when NONE. */
  record Term(double coefficient, int theta, int input) {}

  private static final Param ZERO = new Param(List.of());

  private final List<Term> terms;

  private Param(List<Term> terms) {
    this.terms = terms;
  }

  /** A fixed angle. */
  public static Param constant(double value) {
    requireFinite("value", value);
    return of(List.of(new Term(value, NONE, NONE)));
  }

  /** The trainable parameter {@code theta[k]}. */
  public static Param theta(int k) {
    requireIndex("k", k);
    return of(List.of(new Term(1, k, NONE)));
  }

  /** The input feature {@code x[j]}. */
  public static Param x(int j) {
    requireIndex("j", j);
    return of(List.of(new Term(1, NONE, j)));
  }

  /** {@code theta[k] * x[j]}: a trainable weight on an input feature (data re-uploading). */
  public static Param product(int k, int j) {
    requireIndex("k", k);
    requireIndex("j", j);
    return of(List.of(new Term(1, k, j)));
  }

  /** {@code theta[from] .. theta[from + count - 1]}, for templates that take an angle array. */
  public static Param[] thetas(int from, int count) {
    Param[] params = new Param[count];
    for (int i = 0; i < count; i++) {
      params[i] = theta(from + i);
    }
    return params;
  }

  /** This expression times a constant. */
  public Param times(double factor) {
    requireFinite("factor", factor);
    List<Term> scaled = new ArrayList<>(terms.size());
    for (Term t : terms) {
      scaled.add(new Term(t.coefficient * factor, t.theta, t.input));
    }
    return of(scaled);
  }

  /**
   * The product of two expressions, multiplied out; each resulting monomial may hold at most one
   * theta and one x factor.
   *
   * @throws IllegalArgumentException if a monomial would be {@code theta[a] * theta[b]} or
   *     {@code x[i] * x[j]}, whose derivatives this class does not model
   */
  public Param times(Param other) {
    List<Term> product = new ArrayList<>();
    for (Term a : terms) {
      for (Term b : other.terms) {
        if ((a.theta != NONE && b.theta != NONE) || (a.input != NONE && b.input != NONE)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "other: the product of %s and %s has a monomial of degree 2 in theta or in x; "
                  + "allowed are constants, theta[k], x[j] and theta[k]*x[j]", this, other));
        }
        product.add(new Term(a.coefficient * b.coefficient,
            a.theta != NONE ? a.theta : b.theta, a.input != NONE ? a.input : b.input));
      }
    }
    return of(product);
  }

  /** This expression plus a constant. */
  public Param plus(double offset) {
    return plus(constant(offset));
  }

  /** The sum of two expressions. */
  public Param plus(Param other) {
    List<Term> sum = new ArrayList<>(terms);
    sum.addAll(other.terms);
    return of(sum);
  }

  /** Whether the angle depends on no parameter and no input. */
  public boolean isConstant() {
    for (Term t : terms) {
      if (t.theta != NONE || t.input != NONE) {
        return false;
      }
    }
    return true;
  }

  /** The largest theta index used, or -1. */
  public int maxThetaIndex() {
    int max = NONE;
    for (Term t : terms) {
      max = Math.max(max, t.theta);
    }
    return max;
  }

  /** The largest x index used, or -1. */
  public int maxInputIndex() {
    int max = NONE;
    for (Term t : terms) {
      max = Math.max(max, t.input);
    }
    return max;
  }

  /** The angle's value; {@code x} may be empty when no monomial reads it. */
  public double value(double[] theta, double[] x) {
    double sum = 0;
    for (Term t : terms) {
      double v = t.coefficient;
      if (t.theta != NONE) {
        v *= theta[t.theta];
      }
      if (t.input != NONE) {
        v *= x[t.input];
      }
      sum += v;
    }
    return sum;
  }

  /**
   * The chain rule for one slot: adds {@code weight * d angle / d theta[k]} to
   * {@code thetaGradient[k]} for every k, and likewise for x. The derivatives are exact (each
   * monomial is linear in every single factor), so a backend's parameter-shift estimate of
   * {@code d<H>/d angle} turns into gradients by theta and x without differencing the angle.
   *
   * @param weight the derivative of the expectation with respect to this angle
   * @param theta the trainable parameters the angle is evaluated at
   * @param x the inputs; may be empty when no monomial reads them
   * @param thetaGradient receives the theta part; at least {@link #maxThetaIndex()} + 1 long
   * @param inputGradient receives the x part; at least {@link #maxInputIndex()} + 1 long
   */
  public void accumulate(double weight, double[] theta, double[] x, double[] thetaGradient,
      double[] inputGradient) {
    for (Term t : terms) {
      if (t.theta != NONE) {
        thetaGradient[t.theta] += weight * t.coefficient * (t.input == NONE ? 1 : x[t.input]);
      }
      if (t.input != NONE) {
        inputGradient[t.input] += weight * t.coefficient * (t.theta == NONE ? 1 : theta[t.theta]);
      }
    }
  }

  /** The monomials, like ones combined and zero ones dropped; for tests and printing. */
  List<Term> terms() {
    return terms;
  }

  /** Combines like monomials and drops zero ones, so that equal expressions print alike. */
  private static Param of(List<Term> raw) {
    List<Term> combined = new ArrayList<>();
    for (Term t : raw) {
      int at = indexOf(combined, t.theta, t.input);
      if (at < 0) {
        combined.add(t);
      } else {
        Term old = combined.get(at);
        combined.set(at, new Term(old.coefficient + t.coefficient, t.theta, t.input));
      }
    }
    combined.removeIf(t -> t.coefficient == 0);
    return combined.isEmpty() ? ZERO : new Param(Collections.unmodifiableList(combined));
  }

  private static int indexOf(List<Term> terms, int theta, int input) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).theta == theta && terms.get(i).input == input) {
        return i;
      }
    }
    return -1;
  }

  private static void requireIndex(String name, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected an index of at least 0, got %d", name, index));
    }
  }

  private static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a finite number, got %s", name, value));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Param && ((Param) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /** Such as {@code "2.0*theta[0] + 0.5"} or {@code "theta[1]*x[2]"}. */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0.0";
    }
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      double c = t.coefficient;
      if (b.length() > 0) {
        b.append(c < 0 ? " - " : " + ");
        c = Math.abs(c);
      }
      boolean factors = t.theta != NONE || t.input != NONE;
      if (!factors || c != 1) {
        b.append(c == -1 && factors ? "-" : String.valueOf(c) + (factors ? "*" : ""));
      }
      if (t.theta != NONE) {
        b.append("theta[").append(t.theta).append(']');
      }
      if (t.input != NONE) {
        b.append(t.theta != NONE ? "*" : "").append("x[").append(t.input).append(']');
      }
    }
    return b.toString();
  }
}
