package io.qml4j.samples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Simulator;
import java.io.File;
import java.net.URISyntaxException;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** {@link SideBySide}'s loaders and the statistics of {@link PairedTimes}. */
class SideBySideTest {
  @Test
  void eachLoaderHoldsItsOwnRuntimeAndComputesTheSameNumbers() throws Exception {
    String runtime = runtimeLocation();
    ClassLoader one = SideBySide.loader(runtime);
    ClassLoader other = SideBySide.loader(runtime);
    Class<?> first = Class.forName(Simulator.class.getName(), false, one);
    Class<?> second = Class.forName(Simulator.class.getName(), false, other);
    assertNotSame(first, second);
    assertNotSame(Simulator.class, first);
    DoubleSupplier here = CpuTimeRun.operation("eval:4x4");
    double expected = here.getAsDouble();
    assertEquals(expected, SideBySide.operation(one, "eval:4x4").getAsDouble(), 0);
    assertEquals(expected, SideBySide.operation(other, "eval:4x4").getAsDouble(), 0);
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException noRuntime = assertThrows(IllegalArgumentException.class,
        () -> SideBySide.loader(System.getProperty("java.io.tmpdir")));
    assertTrue(noRuntime.getMessage().startsWith("runtime: expected"), noRuntime.getMessage());
    IllegalArgumentException rounds = assertThrows(IllegalArgumentException.class,
        () -> SideBySide.main(new String[] {"3", "eval:4x4", "a", "b"}));
    assertTrue(rounds.getMessage().startsWith("rounds: expected"), rounds.getMessage());
    IllegalArgumentException calls = assertThrows(IllegalArgumentException.class,
        () -> SideBySide.main(new String[] {"10", "eval:4x4", "a", "b", "0"}));
    assertTrue(calls.getMessage().startsWith("calls per round: expected"), calls.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SideBySide.main(new String[] {"10"}));
    assertThrows(IllegalArgumentException.class,
        () -> new PairedTimes(new long[] {1, 2, 3, 4}, new long[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class,
        () -> new PairedTimes(new long[] {1, 2, 3, 4}, new long[] {1, 2, 0, 4}));
  }

  @Test
  void ratiosArePerRoundAndTheWarmUpQuarterIsDropped() {
    // rounds 0 and 1 are the warm-up (a quarter of 8); B is twice as slow as A in every later
    // round although both drift by 10x, which the per-round ratio ignores
    long[] a = {900, 900, 10, 20, 40, 80, 100, 50};
    long[] b = {1, 1, 20, 40, 80, 160, 200, 100};
    PairedTimes times = new PairedTimes(a, b);
    assertEquals(6, times.counted());
    assertEquals(2.0, times.ratio(0.5), 1e-12);
    assertEquals(2.0, times.ratio(0.25), 1e-12);
    assertEquals(10, times.shortest(false));
    assertEquals(20, times.shortest(true));
    // medians of the six kept: A 10 20 40 50 80 100 -> 45, B 20 40 80 100 160 200 -> 90
    assertEquals(45, times.median(false), 1e-12);
    assertEquals(90, times.median(true), 1e-12);
  }

  @Test
  void ratioQuantilesInterpolateBetweenRanks() {
    long[] a = {1, 1, 1, 1, 1, 1, 1, 1};
    long[] b = {5, 5, 1, 2, 3, 4, 5, 6};
    PairedTimes times = new PairedTimes(a, b);
    assertEquals(3.5, times.ratio(0.5), 1e-12);
    assertEquals(2.25, times.ratio(0.25), 1e-12);
    assertEquals(6.0, times.ratio(1), 1e-12);
  }

  private static String runtimeLocation() throws URISyntaxException {
    return new File(Simulator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getPath();
  }
}
