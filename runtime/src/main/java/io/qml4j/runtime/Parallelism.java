package io.qml4j.runtime;

import java.util.Locale;

/**
 * How many threads compiled models use: a generated model of
 * {@link ParallelSimulator#PARALLEL_THRESHOLD_QUBITS} qubits or more runs its state on this many
 * threads (through {@link ParallelSimulator}), a smaller one always on the calling thread. The
 * default is the system property {@value #THREADS_PROPERTY} if set ({@code -Dqml4j.threads=1}
 * turns threads off), else the number of processors. Results do not depend on the setting beyond
 * rounding (1e-12), and for a given setting they are the same from call to call.
 *
 * <p>Turn it off (1) where the calls themselves already run on every core, such as a Spark
 * executor or a parallel stream over examples: the threads would only queue for the same cores.
 * The runtime's own entry points take their thread count as an argument instead
 * ({@link ParallelSimulator#run(Circuit, int)}).
 */
public final class Parallelism {
  /** The system property that sets the default thread count. */
  public static final String THREADS_PROPERTY = "qml4j.threads";

  /** The thread count once set or read; 0 until then. */
  private static volatile int threads;

  private Parallelism() {}

  /**
   * The number of threads generated models of at least
   * {@link ParallelSimulator#PARALLEL_THRESHOLD_QUBITS} qubits use.
   *
   * @throws IllegalArgumentException if {@value #THREADS_PROPERTY} is set to anything but a whole
   *     number of at least 1 (and no thread count was set since)
   */
  public static int threads() {
    int current = threads;
    if (current == 0) {
      current = parse(System.getProperty(THREADS_PROPERTY),
          Runtime.getRuntime().availableProcessors());
      threads = current;
    }
    return current;
  }

  /**
   * Sets the thread count of generated models for the whole JVM; 1 runs them on the calling
   * thread.
   *
   * @throws IllegalArgumentException if threads is below 1
   */
  public static void setThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    Parallelism.threads = threads;
  }

  /** The thread count a property value gives, {@code processors} when it is not set. */
  static int parse(String value, int processors) {
    if (value == null) {
      return processors;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "system property %s: expected a whole number of threads of at least 1, got '%s'",
        THREADS_PROPERTY, value));
  }
}
