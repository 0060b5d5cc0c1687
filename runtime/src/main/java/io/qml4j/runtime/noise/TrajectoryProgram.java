package io.qml4j.runtime.noise;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.kernel.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link NoisyCircuit} prepared for many Monte Carlo trajectories. Gates and unitary-mixture
 * channels between state-dependent steps form a segment compiled once into a noiseless plan: a
 * trajectory first draws each mixture's branch (the probabilities do not depend on the state),
 * runs the compiled plan when every draw is the identity branch, and otherwise compiles the
 * segment with the drawn unitaries inserted. Other channels draw their Kraus operator from the
 * wire's reduced density matrix ({@code p_k = Tr(K_k rho_w K_k^dagger)}); measurements and
 * resets collapse the state. Immutable after construction and shared by threads.
 */
final class TrajectoryProgram {
  /** One step of the program. */
  private interface Step {
    void run(double[] s, Trajectory t);
  }

  /** Per-trajectory state: the random stream and the classical register. */
  static final class Trajectory {
    final SplittableRandom random;
    long bits;

    Trajectory(SplittableRandom random) {
      this.random = random;
    }
  }

  private final int qubits;
  private final List<Step> steps = new ArrayList<>();
  private final ReadoutError readout;

  TrajectoryProgram(NoisyCircuit circuit) {
    this.qubits = circuit.qubits();
    this.readout = circuit.readout().orElse(null);
    List<Instruction> segment = new ArrayList<>();
    for (Instruction in : circuit.instructions()) {
      boolean mixture = in instanceof Instruction.Gate || (in instanceof Instruction.Noise
          && ((Instruction.Noise) in).channel().isUnitaryMixture());
      if (mixture) {
        segment.add(in);
        continue;
      }
      closeSegment(segment);
      if (in instanceof Instruction.Conditional) {
        Instruction.Conditional c = (Instruction.Conditional) in;
        Step body = step(c.body());
        steps.add((s, t) -> {
          if (c.holds(t.bits)) {
            body.run(s, t);
          }
        });
      } else {
        steps.add(step(in));
      }
    }
    closeSegment(segment);
  }

  /** One instruction as a step of its own (a gate compiled alone, any channel by Kraus draws). */
  private Step step(Instruction in) {
    if (in instanceof Instruction.Gate) {
      Plan plan = Simulator.compile(new Circuit(qubits,
          List.of(((Instruction.Gate) in).operation())));
      return (s, t) -> plan.run(s);
    } else if (in instanceof Instruction.Noise) {
      Instruction.Noise noise = (Instruction.Noise) in;
      return krausStep(noise.channel(), noise.wires());
    } else if (in instanceof Instruction.Measure) {
      Instruction.Measure m = (Instruction.Measure) in;
      return (s, t) -> measure(s, m.wire(), m.bit(), t);
    } else {
      int wire = ((Instruction.Reset) in).wire();
      return (s, t) -> reset(s, wire, t);
    }
  }

  int qubits() {
    return qubits;
  }

  /** Runs one trajectory on {@code s} (which must hold the initial state). */
  void run(double[] s, Trajectory t) {
    for (Step step : steps) {
      step.run(s, t);
    }
  }

  private void closeSegment(List<Instruction> segment) {
    if (segment.isEmpty()) {
      return;
    }
    List<Instruction> frozen = List.copyOf(segment);
    segment.clear();
    List<Operation> ideal = new ArrayList<>();
    List<Instruction.Noise> slots = new ArrayList<>();
    for (Instruction in : frozen) {
      if (in instanceof Instruction.Gate) {
        ideal.add(((Instruction.Gate) in).operation());
      } else {
        slots.add((Instruction.Noise) in);
      }
    }
    Plan plan = Simulator.compile(new Circuit(qubits, ideal));
    if (slots.isEmpty()) {
      steps.add((s, t) -> plan.run(s));
      return;
    }
    steps.add((s, t) -> {
      int[] drawn = new int[slots.size()];
      boolean identity = true;
      for (int k = 0; k < drawn.length; k++) {
        drawn[k] = drawBranch(slots.get(k).channel().mixtureProbabilities(), t.random);
        identity &= isIdentityBranch(slots.get(k).channel(), drawn[k]);
      }
      if (identity) {
        plan.run(s);
        return;
      }
      List<Operation> ops = new ArrayList<>();
      int slot = 0;
      for (Instruction in : frozen) {
        if (in instanceof Instruction.Gate) {
          ops.add(((Instruction.Gate) in).operation());
        } else {
          Instruction.Noise noise = (Instruction.Noise) in;
          int k = drawn[slot++];
          if (!isIdentityBranch(noise.channel(), k)) {
            ops.add(Operation.unitary(noise.channel().mixtureUnitary(k), noise.wires()));
          }
        }
      }
      Simulator.compile(new Circuit(qubits, ops)).run(s);
    });
  }

  /** Whether branch k of a mixture is the identity (up to no phase): the factories put it first. */
  private static boolean isIdentityBranch(Channel channel, int k) {
    double[] u = channel.mixtureUnitary(k);
    int d = 1 << channel.arity();
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        if (u[2 * (r * d + c)] != (r == c ? 1 : 0) || u[2 * (r * d + c) + 1] != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static int drawBranch(double[] probabilities, SplittableRandom random) {
    double u = random.nextDouble();
    double sum = 0;
    for (int k = 0; k < probabilities.length - 1; k++) {
      sum += probabilities[k];
      if (u < sum) {
        return k;
      }
    }
    return probabilities.length - 1;
  }

  private Step krausStep(Channel channel, int[] wires) {
    int[] strides = new int[wires.length];
    for (int k = 0; k < wires.length; k++) {
      strides[k] = 1 << (qubits - 1 - wires[k]);
    }
    return (s, t) -> {
      double[] rho = ReducedState.of(s, strides);
      int d = 1 << strides.length;
      double u = t.random.nextDouble();
      double sum = 0;
      // rounding can leave u above the last partial sum: then the last branch of positive weight
      int chosen = -1;
      double chosenWeight = 0;
      for (int k = 0; k < channel.krausCount(); k++) {
        double w = ReducedState.weight(channel.krausUnsafe(k), rho, d);
        if (w <= 0) {
          continue;
        }
        sum += w;
        chosen = k;
        chosenWeight = w;
        if (u * total(rho, d) < sum) {
          break;
        }
      }
      double[] m = channel.krausOperator(chosen);
      double scale = 1 / Math.sqrt(chosenWeight);
      for (int i = 0; i < m.length; i++) {
        m[i] *= scale;
      }
      Kernels.dense(s, strides, m, new double[2 << strides.length]);
    };
  }

  private static double total(double[] rho, int d) {
    double t = 0;
    for (int a = 0; a < d; a++) {
      t += rho[2 * (a * d + a)];
    }
    return t;
  }

  private void measure(double[] s, int wire, int bit, Trajectory t) {
    int outcome = collapse(s, wire, t.random);
    int read = outcome;
    if (readout != null && t.random.nextDouble() < readout.probability(wire, outcome,
        1 - outcome)) {
      read = 1 - outcome;
    }
    t.bits = read == 1 ? t.bits | (1L << bit) : t.bits & ~(1L << bit);
  }

  private void reset(double[] s, int wire, Trajectory t) {
    if (collapse(s, wire, t.random) == 1) {
      Kernels.x(s, 1 << (qubits - 1 - wire));
    }
  }

  /** Measures a wire: draws the outcome, projects and renormalises; returns the outcome. */
  private int collapse(double[] s, int wire, SplittableRandom random) {
    int bit = 1 << (qubits - 1 - wire);
    int d = 1 << qubits;
    double one = 0, total = 0;
    for (int i = 0; i < d; i++) {
      double p = s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
      total += p;
      if ((i & bit) != 0) {
        one += p;
      }
    }
    int outcome = random.nextDouble() * total < one ? 1 : 0;
    double keep = outcome == 1 ? one : total - one;
    double scale = 1 / Math.sqrt(keep);
    for (int i = 0; i < d; i++) {
      boolean set = (i & bit) != 0;
      double f = set == (outcome == 1) ? scale : 0;
      s[2 * i] *= f;
      s[2 * i + 1] *= f;
    }
    return outcome;
  }
}
