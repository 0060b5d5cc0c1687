package io.qml4j.samples.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.jar.JarFile;

/**
 * Two builds of the runtime timed side by side in one JVM: a {@link CpuTimeRun} case from each,
 * called in turn for a number of rounds, each build in a class loader of its own. On a machine
 * whose cores are shared with other tenants, the time of one build moves by tens of percent from
 * one minute to the next, more than most changes gain; two builds measured in turn, milliseconds
 * apart, see the same load, and the median of their per-round ratios ({@link PairedTimes}) stays
 * put. JMH cannot do this: a fork holds one build. Usage (the samples' own classpath, whose
 * runtime is replaced in each loader):
 *
 * <pre>{@code
 * java --add-modules jdk.incubator.vector -cp <samples classpath> \
 *     io.qml4j.samples.bench.SideBySide 400 eval:16x10 old-runtime.jar runtime/target/classes
 * }</pre>
 *
 * <p>Prints each build's shortest and median time per call, the median and quartiles of the
 * ratio B / A, and how far the two builds' results lie apart (they compute the same numbers, so a
 * difference beyond rounding means that one of them is wrong).
 *
 * <p>A round makes as many calls of each build as take a millisecond, or the optional fifth
 * argument's number if more. What lasts from one call to the next of the same build, such as
 * helper threads still polling for work or its data still in cache, shows only within a round:
 * give more calls per round to compare it. Where helper threads poll after a run
 * ({@code -Dqml4j.kernel.spinMicros} above 0), a build's polling helpers also hold a core while
 * the other build's calls start.
 */
public final class SideBySide {
  /** A class every runtime build holds: where it is found is where the runtime is. */
  private static final String RUNTIME_CLASS = "io/qml4j/runtime/Simulator.class";

  private SideBySide() {}

  /**
   * Runs the comparison.
   *
   * @param args rounds, the case (as {@link CpuTimeRun} names it), runtime A and runtime B (each
   *     a classes folder or jar, or several joined by the path separator), and optionally the
   *     fewest calls per round
   */
  public static void main(String[] args) {
    if (args.length != 4 && args.length != 5) {
      throw new IllegalArgumentException("args: expected rounds, case, runtime A, runtime B and "
          + "optionally calls per round, got " + args.length + " arguments");
    }
    int rounds = count("rounds", args[0], 4);
    int fewest = args.length == 5 ? count("calls per round", args[4], 1) : 1;
    DoubleSupplier a = operation(loader(args[2]), args[1]);
    DoubleSupplier b = operation(loader(args[3]), args[1]);
    // a second of calls each for the JIT before anything is timed
    callFor(a, 1_000_000_000L);
    callFor(b, 1_000_000_000L);
    int batch = Math.max(fewest, batch(a));
    long[] ta = new long[rounds];
    long[] tb = new long[rounds];
    double apart = 0;
    for (int r = 0; r < rounds; r++) {
      // the order alternates, so that neither build always runs on caches the other warmed
      boolean aFirst = r % 2 == 0;
      double first = time(aFirst ? a : b, batch, aFirst ? ta : tb, r);
      double second = time(aFirst ? b : a, batch, aFirst ? tb : ta, r);
      apart = Math.max(apart, Math.abs(first - second));
    }
    PairedTimes times = new PairedTimes(ta, tb);
    System.out.printf(Locale.ROOT, "%s: %d rounds counted (%d warm-up), %d call(s) each%n",
        args[1], times.counted(), rounds - times.counted(), batch);
    for (int v = 0; v < 2; v++) {
      boolean isB = v == 1;
      System.out.printf(Locale.ROOT, "%s %-40s shortest %10.2f us  median %10.2f us%n",
          isB ? "B" : "A", args[2 + v], times.shortest(isB) / 1e3, times.median(isB) / 1e3);
    }
    System.out.printf(Locale.ROOT, "B / A per round: median %.3f (quartiles %.3f - %.3f); "
        + "results apart by at most %.3g%n", times.ratio(0.5), times.ratio(0.25),
        times.ratio(0.75), apart);
  }

  /** Times one round of a build into {@code into[round]} (ns per call); returns its result. */
  private static double time(DoubleSupplier op, int batch, long[] into, int round) {
    double result = 0;
    long start = System.nanoTime();
    for (int i = 0; i < batch; i++) {
      result = op.getAsDouble();
    }
    into[round] = Math.max(1, (System.nanoTime() - start) / batch);
    return result;
  }

  /**
   * Calls per round: enough for a millisecond at the speed of a tenth of a second of calls, so
   * that the clock's own cost does not count.
   */
  private static int batch(DoubleSupplier op) {
    long one = Math.max(1, 100_000_000L / callFor(op, 100_000_000L));
    return (int) Math.max(1, Math.min(100_000, 1_000_000 / one));
  }

  /** Calls op for about {@code nanos}; returns how many calls that took (at least 1). */
  private static long callFor(DoubleSupplier op, long nanos) {
    long start = System.nanoTime();
    long calls = 0;
    do {
      op.getAsDouble();
      calls++;
    } while (System.nanoTime() - start < nanos);
    return calls;
  }

  private static int count(String name, String text, int least) {
    try {
      int count = Integer.parseInt(text.trim());
      if (count >= least) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the text
    }
    throw new IllegalArgumentException(name + ": expected a whole number of at least " + least
        + ", got '" + text + "'");
  }

  /**
   * A loader of the samples and their libraries from this JVM's classpath, with the runtime found
   * there replaced by {@code runtime}; its parent is the platform loader, so that nothing of the
   * application loader's runtime leaks in.
   *
   * @throws IllegalArgumentException if runtime holds no runtime build
   */
  static ClassLoader loader(String runtime) {
    List<URL> urls = new ArrayList<>();
    boolean found = false;
    for (String entry : runtime.split(File.pathSeparator)) {
      found |= holdsRuntime(entry);
      urls.add(url(entry));
    }
    if (!found) {
      throw new IllegalArgumentException("runtime: expected a classes folder or jar holding "
          + RUNTIME_CLASS + ", got '" + runtime + "'");
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty() && !holdsRuntime(entry)) {
        urls.add(url(entry));
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  /** The case's operation from the copy of {@link CpuTimeRun} that a loader holds. */
  static DoubleSupplier operation(ClassLoader loader, String name) {
    try {
      Class<?> run = Class.forName(CpuTimeRun.class.getName(), true, loader);
      Method operation = run.getDeclaredMethod("operation", String.class);
      operation.setAccessible(true);
      return (DoubleSupplier) operation.invoke(null, name);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("case " + name + " failed to build", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CpuTimeRun.operation not found in the loader", e);
    }
  }

  private static boolean holdsRuntime(String entry) {
    File file = new File(entry);
    if (file.isDirectory()) {
      return new File(file, RUNTIME_CLASS).isFile();
    }
    if (!file.isFile()) {
      return false;
    }
    try (JarFile jar = new JarFile(file)) {
      return jar.getEntry(RUNTIME_CLASS) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
