package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Three rotations joined into one pass with their cosines taken out ({@link RealTriplesStep})
 * equal the gates one at a time to rounding, in plans and as a step on its own; the lanes and
 * the scalar loop agree bit for bit; and gates the form does not suit are refused.
 */
class RealTriplesStepTest {
  /** Relative to the largest amplitude: a few units in the last place per gate, at most. */
  private static final double TOLERANCE = 1e-14;

  @Test
  void joinedStepEqualsOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(31);
    int n = 12, dimension = 1 << n;
    // a steep rotation (tangent 1000, just inside the limit) among the random ones
    double steep = 2 * Math.atan(1000);
    for (int trial = 0; trial < 40; trial++) {
      int[] wires = TestGates.distinctWires(rnd, 3, n - 2);
      PairStep[] gates = new PairStep[3];
      for (int g = 0; g < 3; g++) {
        double angle = trial % 5 == g ? steep : rnd.nextDouble(-3, 3);
        gates[g] = new PairStep(PairStep.Kind.REAL, 0, 1 << (n - 1 - wires[g]),
            TestGates.real(angle));
        assertTrue(RealTriplesStep.rotation(gates[g]), "a rotation qualifies");
      }
      double[] start = TestGates.random(rnd, 2 << n);
      double[] expected = start.clone();
      for (PairStep g : gates) {
        g.apply(expected, g.insert, 0, 0, g.units(dimension), null);
      }
      RealTriplesStep joined = new RealTriplesStep(gates[0], gates[1], gates[2]);
      double[] actual = start.clone();
      joined.apply(actual, joined.insert, 0, 0, joined.units(dimension), null);
      assertClose(expected, actual, "trial " + trial);
      // the same in blocks of a stage that holds the gates' wires
      double[] blocked = start.clone();
      int inner = (1 << 10) - 1 | joined.action;
      int outer = (dimension - 1) & ~inner;
      for (int block = 0; block < Bits.units(dimension, inner); block++) {
        joined.applyBlock(blocked, dimension, outer, Bits.deposit(block, inner), null);
      }
      assertArrayEquals(actual, blocked, 0.0, "blocks give the whole pass's numbers");
    }
  }

  @Test
  void plansWithTriplesEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(32);
    for (int n : new int[] {6, 12, 17}) {
      for (int tile : new int[] {4, Math.min(n, Plan.TILE_QUBITS)}) {
        Plan.Builder joined = Plan.builder(n, tile);
        double[] start = TestGates.random(rnd, 2 << n);
        double[] sequential = start.clone();
        for (int layer = 0; layer < 2; layer++) {
          for (int w = 0; w < n; w++) {
            double[] m = TestGates.real(rnd.nextDouble(-3, 3));
            TestGates.addGate(joined, sequential, n, tile, 0, 1 << (n - 1 - w), m);
          }
          double[] x = {0, 0, 1, 0, 1, 0, 0, 0};
          TestGates.addGate(joined, sequential, n, tile, 1 << (n - 1), 1, x);
        }
        Plan plan = joined.build();
        double[] actual = start.clone();
        plan.run(actual);
        assertClose(sequential, actual, n + " qubits, tiles of " + tile);
        if (Simd.KERNELS == null || !Plan.TRIPLES) {
          assertEquals(0, plan.joinedTriples(), "triples off: none joined");
        } else if (n >= 12 && tile > 4) {
          assertTrue(plan.joinedTriples() > 0, "a layer of rotations is joined in threes");
        }
      }
    }
  }

  @Test
  void lanesAndScalarLoopAgreeBitForBit() {
    assumeTrue(Simd.KERNELS != null, "without the Vector API the scalar loop is the only path");
    SplittableRandom rnd = new SplittableRandom(33);
    int d1 = 2 * 16, d2 = 2 * 64, d3 = 2 * 256, length = 2 * 16 - 2;
    double[] start = TestGates.random(rnd, 2 * 512);
    double[] lanes = start.clone();
    double[] scalar = start.clone();
    double u1 = rnd.nextDouble(-2, 2), u2 = rnd.nextDouble(-2, 2), u3 = rnd.nextDouble(-2, 2);
    double scale = 0.3;
    // a run that ends off a register boundary, so the kernel's own tail runs too
    Simd.KERNELS.realTriples(lanes, 0, d1, d2, d3, length, u1, u2, u3, scale);
    for (int i = 0; i < length; i++) {
      RunKernels.realTriple(scalar, i, d1, d2, d3, u1, u2, u3, scale);
    }
    assertArrayEquals(scalar, lanes, 0.0);
  }

  @Test
  void gatesTheFormDoesNotSuitAreRefused() {
    int n = 12;
    double[] rotation = TestGates.real(0.7);
    double[] reflection = TestGates.reflection(0.7);
    double[] nearPi = TestGates.real(Math.PI - 1e-4);
    Step[] ok = {gate(n, 2, rotation), gate(n, 5, rotation), gate(n, 7, rotation)};
    assertEquals(Simd.KERNELS != null, RealTriplesStep.fits(ok, 0, 3), "three rotations");
    assertFalse(RealTriplesStep.fits(ok, 0, 2), "only two steps left");
    // the form itself, whether or not the Vector API runs the joins
    assertFalse(RealTriplesStep.rotation(gate(n, 7, reflection)), "a reflection is no rotation");
    assertFalse(RealTriplesStep.rotation(gate(n, 7, nearPi)), "a tangent beyond the limit");
    Step[] reflected = {ok[0], ok[1], gate(n, 7, reflection)};
    assertFalse(RealTriplesStep.fits(reflected, 0, 3), "a reflection has no common factor");
    Step[] steep = {ok[0], ok[1], gate(n, 7, nearPi)};
    assertFalse(RealTriplesStep.fits(steep, 0, 3), "a cosine near zero");
    Step[] sameWire = {ok[0], ok[1], gate(n, 2, rotation)};
    assertFalse(RealTriplesStep.fits(sameWire, 0, 3), "two gates on one wire");
    Step[] lowWire = {ok[0], ok[1], gate(n, n - 1, rotation)};
    assertFalse(RealTriplesStep.fits(lowWire, 0, 3), "a wire inside a register");
    Step[] controlled = {ok[0], ok[1],
        new PairStep(PairStep.Kind.REAL, 1 << (n - 1), 1 << (n - 1 - 7), rotation)};
    assertFalse(RealTriplesStep.fits(controlled, 0, 3), "a controlled gate");
  }

  private static PairStep gate(int n, int wire, double[] m) {
    return new PairStep(PairStep.Kind.REAL, 0, 1 << (n - 1 - wire), m);
  }

  private static void assertClose(double[] expected, double[] actual, String message) {
    double largest = 0;
    for (double v : expected) {
      largest = Math.max(largest, Math.abs(v));
    }
    assertArrayEquals(expected, actual, TOLERANCE * largest, message);
  }
}
