package io.qml4j.runtime.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Plan} in single precision: the same compiled gates, fused and grouped into the same
 * stages, tiles and blocks, each bound to float coefficients and applied to an interleaved
 * {@code float[]} state (amplitude k: real part at {@code 2k}, imaginary at {@code 2k + 1}). Half
 * the memory and memory traffic of the double state, at single-precision accuracy: about 1e-7
 * relative per gate, a few 1e-7 to 1e-6 on amplitudes and expectation values after hundreds of
 * gates. With the Vector API ({@code --add-modules jdk.incubator.vector}) every 2x2 gate, control
 * pattern, phase and diagonal layer runs in SIMD registers of floats (16 with AVX-512), gates on
 * the lowest wires included; without it scalar float loops run. A step kind with no float kernel
 * runs its stage in double on a widened copy of the state, correct but not fast. Immutable, so one
 * plan may run on many states at once.
 */
public final class FloatPlan {
  private final Plan plan;
  /** The float form of every step, or null where the step has none. */
  private final FloatStep[] steps;
  /** Per stage, whether it runs in double on a widened copy. */
  private final boolean[] widened;
  private final int scratchLength;
  /** Per stage that runs in float, its steps, consecutive real pairs joined. */
  private final FloatStep[][] stageSteps;

  /**
   * Whether consecutive gates of a block share one pass: two uncontrolled real gates
   * ({@link FloatRealPairs}), three on the register's own wires ({@link FloatLowReals}), a chain
   * of X gates on up to six wires ({@link FloatPermutationChain});
   * {@code -Dqml4j.float.pairs=false} keeps one pass per gate, for comparing the two.
   */
  static final boolean PAIRS = !"false".equals(System.getProperty("qml4j.float.pairs"));

  private FloatPlan(Plan plan, boolean widenAll) {
    this.plan = plan;
    steps = new FloatStep[plan.size()];
    widened = new boolean[plan.stages()];
    int scratch = 0;
    for (int stage = 0; stage < widened.length; stage++) {
      for (int i = plan.stageStart(stage); i < plan.stageStart(stage + 1); i++) {
        steps[i] = widenAll ? null : plan.step(i).toFloat();
        if (steps[i] == null) {
          widened[stage] = true;
        } else {
          scratch = Math.max(scratch, steps[i].scratchLength());
        }
      }
    }
    stageSteps = new FloatStep[widened.length][];
    for (int stage = 0; stage < widened.length; stage++) {
      if (!widened[stage]) {
        stageSteps[stage] = join(plan.stageStart(stage), plan.stageStart(stage + 1),
            plan.stageInner(stage));
        for (FloatStep step : stageSteps[stage]) {
          scratch = Math.max(scratch, step.scratchLength());
        }
      }
    }
    scratchLength = scratch;
  }

  /**
   * The float steps [first, last) of a stage whose blocks hold the bits {@code inner} (negative
   * for a sweep), with consecutive gates joined inside blocks.
   */
  private FloatStep[] join(int first, int last, int inner) {
    boolean blocked = inner >= 0;
    List<FloatStep> joined = new ArrayList<>();
    for (int i = first; i < last; i++) {
      int bits = PAIRS && blocked ? FloatPermutationChain.join(0, steps[i], inner) : 0;
      int end = i + 1;
      for (int more; bits != 0 && end < last
          && (more = FloatPermutationChain.join(bits, steps[end], inner)) != 0; end++) {
        bits = more;
      }
      FloatRealTriples triple = PAIRS && blocked ? FloatRealTriples.at(plan, i) : null;
      FloatLowReals lowReals = PAIRS && blocked && triple == null
          ? FloatLowReals.startingAt(steps, i, last) : null;
      if (triple != null) {
        joined.add(triple);
        i += 2;
      } else if (lowReals != null) {
        joined.add(lowReals);
        i += 2;
      } else if (end - i >= 2) {
        List<FloatPairStep> chain = new ArrayList<>();
        for (int k = i; k < end; k++) {
          chain.add((FloatPairStep) steps[k]);
        }
        joined.add(new FloatPermutationChain(chain, bits));
        i = end - 1;
      } else if (PAIRS && blocked && i + 1 < last && FloatRealTriples.at(plan, i + 1) == null
          && FloatRealPairs.fits(steps[i], steps[i + 1])
          && FloatLowReals.startingAt(steps, i + 1, last) == null) {
        joined.add(new FloatRealPairs((FloatPairStep) steps[i], (FloatPairStep) steps[i + 1]));
        i++;
      } else {
        joined.add(steps[i]);
      }
    }
    return joined.toArray(new FloatStep[0]);
  }

  /** Number of {@link FloatRealTriples} the stages run, for tests. */
  int joinedTriples() {
    return joined(FloatRealTriples.class);
  }

  /** Number of {@link FloatLowReals} the stages run, for tests. */
  int joinedLowReals() {
    return joined(FloatLowReals.class);
  }

  private int joined(Class<? extends FloatStep> kind) {
    int count = 0;
    for (FloatStep[] run : stageSteps) {
      for (int i = 0; run != null && i < run.length; i++) {
        count += kind.isInstance(run[i]) ? 1 : 0;
      }
    }
    return count;
  }

  /** The single-precision form of a compiled plan. */
  public static FloatPlan of(Plan plan) {
    if (plan == null) {
      throw new IllegalArgumentException("plan: expected a compiled plan, got null");
    }
    return new FloatPlan(plan, false);
  }

  /** Every stage widened to double: the fallback path alone, for tests. */
  static FloatPlan widened(Plan plan) {
    return new FloatPlan(plan, true);
  }

  /**
   * Floats per SIMD register the single-precision kernels use (16 with AVX-512, 8 with AVX2), or
   * 0 where they run scalar loops: the JVM was started without
   * {@code --add-modules jdk.incubator.vector}, or with {@code -Dqml4j.simd=false}.
   */
  public static int simdLanes() {
    return FloatSimd.LANES;
  }

  /** Number of qubits. */
  public int qubits() {
    return plan.qubits();
  }

  /** Number of stages, each one pass over the state, as in the double plan. */
  public int stages() {
    return widened.length;
  }

  /**
   * Applies the plan to an amplitude array of {@code 2^(qubits+1)} floats, on this thread.
   *
   * @throws IllegalArgumentException when the array has the wrong length
   */
  public void run(float[] s) {
    int qubits = plan.qubits();
    if (s == null || s.length != 2 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "s: expected %d floats for %d qubits, got %s", 2 << qubits, qubits,
          s == null ? "null" : String.valueOf(s.length)));
    }
    float[] scratch = new float[scratchLength];
    double[] wide = null, wideScratch = null;
    boolean wideCurrent = false;
    for (int stage = 0; stage < widened.length; stage++) {
      if (!widened[stage]) {
        if (wideCurrent) {
          narrow(wide, s);
          wideCurrent = false;
        }
        runStage(stage, s, scratch);
        continue;
      }
      if (wide == null) {
        wide = new double[s.length];
        wideScratch = new double[plan.scratchLength()];
      }
      if (!wideCurrent) {
        for (int i = 0; i < s.length; i++) {
          wide[i] = s[i];
        }
        wideCurrent = true;
      }
      plan.runStage(stage, wide, wideScratch, 0, 1);
    }
    if (wideCurrent) {
      narrow(wide, s);
    }
  }

  private static void narrow(double[] wide, float[] s) {
    for (int i = 0; i < s.length; i++) {
      s[i] = (float) wide[i];
    }
  }

  /** One stage, as {@link Plan#runStage} on one thread. */
  private void runStage(int stage, float[] s, float[] scratch) {
    int dimension = 1 << plan.qubits();
    FloatStep[] run = stageSteps[stage];
    int inner = plan.stageInner(stage);
    if (inner < 0) {
      FloatStep step = run[0];
      step.apply(s, step.insert, step.set, 0, step.units(dimension), scratch);
      return;
    }
    int outer = (dimension - 1) & ~inner;
    for (int block = 0, blocks = Bits.units(dimension, inner); block < blocks; block++) {
      int value = Bits.deposit(block, inner);
      for (FloatStep step : run) {
        step.applyBlock(s, dimension, outer, value, scratch);
      }
    }
  }
}
