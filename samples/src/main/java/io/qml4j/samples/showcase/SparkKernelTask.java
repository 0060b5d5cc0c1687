package io.qml4j.samples.showcase;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ZZ kernel matrix (6 qubits, the compiled {@code ZzKernelModel}) of random points computed by
 * Apache Spark in tiles ({@code io.qml4j.spark.DistributedKernel}), timed against the single-JVM
 * {@code FidelityKernel} on the same machine and checked equal to it entry by entry. Spark is not
 * inside the runnable jar: the task runs under {@code spark-submit}, or with Spark's jars on the
 * class path (README), and says so when they are missing. Not part of the main job for that
 * reason.
 */
@Command(name = "spark-kernel", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Kernel matrix of the 6-qubit ZZ feature map on Apache Spark, in tiles, against "
        + "the single-JVM kernel (needs Spark on the class path: see README).")
public final class SparkKernelTask extends TaskCommand {
  /** The largest matrix compared with the single-JVM one by default: 5,000^2 doubles, 191 MiB. */
  static final int DEFAULT_COMPARE_LIMIT = 5_000;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--points", paramLabel = "N",
      description = "Random points in [0, 2 pi)^6 (default: ${DEFAULT-VALUE}).")
  int points = 2_000;

  @Option(names = "--block-size", paramLabel = "B",
      description = "Points per block; a tile is B x B (default: ${DEFAULT-VALUE}).")
  int blockSize = 250;

  @Option(names = "--compare", negatable = true,
      description = "Also compute the single-JVM matrix and compare (default: up to "
          + DEFAULT_COMPARE_LIMIT + " points).")
  Boolean compare;

  @Option(names = "--parquet", paramLabel = "PATH",
      description = "Also write the tiles to Parquet at PATH.")
  String parquet;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the points (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Override
  public String name() {
    return "spark-kernel";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.atLeast("--points", points, 1);
    OptionChecks.atLeast("--block-size", blockSize, 1);
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false,
          SparkKernelTask.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("spark-kernel: Apache Spark is not on the class path; run "
          + "it with spark-submit --class io.qml4j.samples.Main samples/target/qml4j.jar "
          + "spark-kernel, or put Spark's jars on the class path as README says", e);
    }
    boolean single = compare != null ? compare : points <= DEFAULT_COMPARE_LIMIT;
    return SparkKernelJob.run(master, points, blockSize, single, parquet, seed);
  }
}
