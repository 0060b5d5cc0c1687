package io.qml4j.spark;

import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * How much memory one Spark task may use for a kernel tile, from the session's configuration: the
 * executor heap (in local mode the driver's own, since the executor runs inside it) less Spark's
 * fixed reserve, shared by the tasks an executor runs at once. Read on the driver, so that a block
 * size that cannot fit is refused before any job computes a tile.
 */
final class ExecutorMemory {
  /** Spark's reserved system memory ({@code UnifiedMemoryManager.RESERVED_SYSTEM_MEMORY_BYTES}). */
  static final long SPARK_RESERVE = 300L << 20;
  private static final long MIB = 1L << 20;

  final long heapBytes;
  final int concurrentTasks;
  final String source;

  private ExecutorMemory(long heapBytes, int concurrentTasks, String source) {
    this.heapBytes = heapBytes;
    this.concurrentTasks = concurrentTasks;
    this.source = source;
  }

  static ExecutorMemory of(SparkContext sc) {
    SparkConf conf = sc.getConf();
    int taskCpus = conf.getInt("spark.task.cpus", 1);
    String master = sc.master();
    if (master.startsWith("local")) {
      int cores = localCores(master);
      return new ExecutorMemory(Runtime.getRuntime().maxMemory(), Math.max(1, cores / taskCpus),
          String.format(Locale.ROOT, "the driver's heap of %d MiB (%s runs its tasks inside it) "
              + "running %d tasks at once", Runtime.getRuntime().maxMemory() / MIB, master,
              Math.max(1, cores / taskCpus)));
    }
    long heap = (long) sc.executorMemory() * MIB;
    // Unset spark.executor.cores: YARN and Kubernetes give 1; a standalone executor may take all
    // of a worker's cores, which the driver cannot know, so the check then errs on the lenient side.
    int cores = conf.getInt("spark.executor.cores", 1);
    int tasks = Math.max(1, cores / taskCpus);
    return new ExecutorMemory(heap, tasks, String.format(Locale.ROOT,
        "an executor of %d MiB (spark.executor.memory) running %d tasks at once "
            + "(spark.executor.cores %d / spark.task.cpus %d)", heap / MIB, tasks, cores,
        taskCpus));
  }

  /** The bytes one task may use after Spark's reserve. */
  long perTask() {
    return Math.max(0, heapBytes - SPARK_RESERVE) / concurrentTasks;
  }

  /**
   * The number of worker threads of a local master: {@code local} 1, {@code local[4]} 4,
   * {@code local[*]} the machine's processors, {@code local[4,2]} 4.
   */
  static int localCores(String master) {
    int open = master.indexOf('[');
    if (open < 0) {
      return 1;
    }
    String inside = master.substring(open + 1, master.indexOf(']', open));
    int comma = inside.indexOf(',');
    String threads = comma < 0 ? inside : inside.substring(0, comma);
    if (threads.equals("*")) {
      return Runtime.getRuntime().availableProcessors();
    }
    return Integer.parseInt(threads.trim());
  }
}
