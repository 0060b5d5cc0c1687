package io.qml4j.runtime.noise;

import io.qml4j.dsl.ChannelKind;
import java.util.Locale;

/**
 * The named noise channels, with the Kraus operators of Nielsen and Chuang, section 8.3, and the
 * conventions of PennyLane's {@code default.mixed}. Every factory checks its arguments and names
 * the one that is wrong.
 */
public final class Channels {
  private Channels() {}

  private static final double[] I = {1, 0, 0, 0, 0, 0, 1, 0};
  private static final double[] X = {0, 0, 1, 0, 1, 0, 0, 0};
  private static final double[] Y = {0, 0, 0, -1, 0, 1, 0, 0};
  private static final double[] Z = {1, 0, 0, 0, 0, 0, -1, 0};
  private static final double[][] PAULIS = {I, X, Y, Z};

  /** The Pauli matrix I, X, Y or Z by index 0..3, a copy. */
  static double[] pauli(int index) {
    return PAULIS[index].clone();
  }

  /** X with probability p: {@code rho -> (1 - p) rho + p X rho X}. */
  public static Channel bitFlip(double p) {
    checkProbability("p", p);
    return Channel.mixture(named("bitFlip", p), new double[] {1 - p, p}, I, X);
  }

  /** Z with probability p: {@code rho -> (1 - p) rho + p Z rho Z}. */
  public static Channel phaseFlip(double p) {
    checkProbability("p", p);
    return Channel.mixture(named("phaseFlip", p), new double[] {1 - p, p}, I, Z);
  }

  /**
   * X, Y or Z each with probability p/3 (PennyLane's {@code DepolarizingChannel}): every Pauli
   * expectation is scaled by {@code 1 - 4p/3}; {@code p = 3/4} is fully depolarizing.
   */
  public static Channel depolarizing(double p) {
    checkProbability("p", p);
    // (1 - p) rho + p/3 (X rho X + Y rho Y + Z rho Z) = (1 - 4p/3) rho + 4p/3 Tr(rho) I/2
    return Channel.mixture(named("depolarizing", p),
        new double[] {1 - p, p / 3, p / 3, p / 3}, I, X, Y, Z).depolarizing(1 - 4 * p / 3);
  }

  /**
   * Each of the 15 non-identity two-qubit Paulis with probability p/15 (Qiskit's
   * {@code depolarizing_error(p * 16 / 15, 2)}): a two-qubit Pauli expectation other than the
   * identity is scaled by {@code 1 - 16p/15}.
   */
  public static Channel depolarizing2(double p) {
    checkProbability("p", p);
    double[] probabilities = new double[16];
    double[][] unitaries = new double[16][];
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        int k = 4 * a + b;
        probabilities[k] = k == 0 ? 1 - p : p / 15;
        unitaries[k] = kron(PAULIS[a], PAULIS[b]);
      }
    }
    // the sum over all 16 Paulis of P rho P is 16 Tr(rho) I/4, so lambda = 1 - 16p/15
    return Channel.mixture(named("depolarizing2", p), probabilities, unitaries)
        .depolarizing(1 - 16 * p / 15);
  }

  /**
   * Energy relaxation towards {@code |0>}: {@code K0 = diag(1, sqrt(1 - gamma))},
   * {@code K1 = sqrt(gamma) |0><1|}. After a time t at relaxation time T1,
   * {@code gamma = 1 - exp(-t / T1)}.
   */
  public static Channel amplitudeDamping(double gamma) {
    checkProbability("gamma", gamma);
    return Channel.trusted(named("amplitudeDamping", gamma),
        new double[] {1, 0, 0, 0, 0, 0, Math.sqrt(1 - gamma), 0},
        new double[] {0, 0, Math.sqrt(gamma), 0, 0, 0, 0, 0});
  }

  /**
   * Loss of phase without loss of energy: {@code K0 = diag(1, sqrt(1 - lambda))},
   * {@code K1 = diag(0, sqrt(lambda))}; off-diagonal entries scale by {@code sqrt(1 - lambda)}.
   */
  public static Channel phaseDamping(double lambda) {
    checkProbability("lambda", lambda);
    return Channel.trusted(named("phaseDamping", lambda),
        new double[] {1, 0, 0, 0, 0, 0, Math.sqrt(1 - lambda), 0},
        new double[] {0, 0, 0, 0, 0, 0, Math.sqrt(lambda), 0});
  }

  /**
   * Thermal relaxation to {@code |0>} (zero temperature) for a time {@code time} at relaxation time T1
   * and dephasing time T2 (any consistent unit): the excited population decays as
   * {@code exp(-time/T1)} and the coherence as {@code exp(-time/T2)}. Built as amplitude damping
   * with {@code gamma = 1 - exp(-time/T1)} followed by phase damping with
   * {@code lambda = 1 - exp(time/T1 - 2 time/T2)}, which supplies the dephasing beyond the
   * {@code exp(-time/(2 T1))} that amplitude damping causes; hence {@code T2 <= 2 T1}.
   *
   * @throws IllegalArgumentException if T1 or T2 is not positive, {@code T2 > 2 T1}, or the time
   *     is negative
   */
  public static Channel thermalRelaxation(double t1, double t2, double time) {
    checkPositive("t1", t1);
    checkPositive("t2", t2);
    if (!(time >= 0) || !Double.isFinite(time)) {
      throw new IllegalArgumentException("time: expected a finite time >= 0, got " + time);
    }
    if (t2 > 2 * t1 * (1 + 1e-12)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "t2: %s exceeds 2 * t1 = %s; a physical qubit has T2 <= 2 T1", t2, 2 * t1));
    }
    double gamma = 1 - Math.exp(-time / t1);
    double lambda = Math.max(0, 1 - Math.exp(time / t1 - 2 * time / t2));
    double keep = Math.sqrt(1 - gamma) * Math.sqrt(1 - lambda);
    // phase damping after amplitude damping, products of the Kraus operators with zeros dropped:
    // diag(1, keep); sqrt(gamma) |0><1|; diag(0, sqrt(lambda (1 - gamma)))
    return Channel.trusted(String.format(Locale.ROOT, "thermalRelaxation(t1=%s, t2=%s, time=%s)",
        t1, t2, time),
        new double[] {1, 0, 0, 0, 0, 0, keep, 0},
        new double[] {0, 0, Math.sqrt(gamma), 0, 0, 0, 0, 0},
        new double[] {0, 0, 0, 0, 0, 0, Math.sqrt(lambda * (1 - gamma)), 0});
  }

  /**
   * The channel a model places with {@link io.qml4j.dsl.Q} ({@code q.depolarizing(w, p)}, ...).
   *
   * @param kind the channel
   * @param parameters its parameters, as {@link ChannelKind#parameters()} names them
   * @return the channel
   * @throws IllegalArgumentException if a parameter is out of range or their number is wrong,
   *     with {@link ChannelKind#problem}'s message
   */
  public static Channel of(ChannelKind kind, double... parameters) {
    String problem = kind.problem(parameters);
    if (problem != null) {
      throw new IllegalArgumentException("parameters: " + problem);
    }
    switch (kind) {
      case BIT_FLIP: return bitFlip(parameters[0]);
      case PHASE_FLIP: return phaseFlip(parameters[0]);
      case DEPOLARIZING: return depolarizing(parameters[0]);
      case AMPLITUDE_DAMPING: return amplitudeDamping(parameters[0]);
      case PHASE_DAMPING: return phaseDamping(parameters[0]);
      default: return thermalRelaxation(parameters[0], parameters[1], parameters[2]);
    }
  }

  /** Reset to {@code |0>} as a channel: {@code K0 = |0><0|}, {@code K1 = |0><1|}. */
  public static Channel reset() {
    return Channel.trusted("reset",
        new double[] {1, 0, 0, 0, 0, 0, 0, 0},
        new double[] {0, 0, 1, 0, 0, 0, 0, 0});
  }

  static void checkProbability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a probability in [0, 1], got %s", name, p));
    }
  }

  private static void checkPositive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a finite time > 0, got %s", name, value));
    }
  }

  private static String named(String name, double p) {
    return name + "(" + p + ")";
  }

  /** {@code a (x) b} for 2x2 interleaved matrices, a on the more significant wire. */
  static double[] kron(double[] a, double[] b) {
    double[] m = new double[32];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        int ai = 2 * ((r >> 1) * 2 + (c >> 1)), bi = 2 * ((r & 1) * 2 + (c & 1));
        m[2 * (4 * r + c)] = a[ai] * b[bi] - a[ai + 1] * b[bi + 1];
        m[2 * (4 * r + c) + 1] = a[ai] * b[bi + 1] + a[ai + 1] * b[bi];
      }
    }
    return m;
  }
}
