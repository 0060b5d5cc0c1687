/**
 * qml4j on Apache Spark: fidelity kernel matrices computed in tiles on executors
 * ({@link io.qml4j.spark.DistributedKernel}, {@link io.qml4j.spark.KernelMatrix}), a QSVM trained
 * on a distributed kernel ({@link io.qml4j.spark.DistributedQsvm}) and the Nystrom approximation
 * for training sets whose kernel matrix does not fit the driver
 * ({@link io.qml4j.spark.NystromFeatures}); batch inference with compiled models as Spark SQL
 * functions ({@link io.qml4j.spark.ModelFunctions}); and data-parallel training with mini-batch
 * gradients summed by {@code treeAggregate} ({@link io.qml4j.spark.DataParallelTraining}).
 * Models travel to executors as a {@link io.qml4j.spark.SerializableFactory} and are built once
 * per task. Spark itself is a {@code provided} dependency: the cluster or {@code spark-submit}
 * supplies it.
 */
package io.qml4j.spark;
