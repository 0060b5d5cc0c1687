package io.qml4j.samples.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * What the service counts, served at {@code GET /metrics} in the Prometheus text format through
 * Micrometer's Prometheus registry:
 *
 * <ul>
 *   <li>{@code qml4j_http_requests_seconds} (histogram, tags {@code path}, {@code status}): every
 *       answered request, from its arrival to its answer handed to the server to write, so the
 *       count per status is the request count and the buckets are the latency histogram;
 *   <li>{@code qml4j_model_evaluation_seconds} (histogram): the wall time of each batch's
 *       evaluation, and {@code qml4j_model_evaluation_cpu_seconds_total}: the CPU time of the
 *       evaluating threads in it, against {@code qml4j_process_cpu_seconds_total}, the whole
 *       process's, which gives the share of CPU spent in simulation;
 *   <li>{@code qml4j_model_rows_total}: feature vectors evaluated;
 *   <li>{@code qml4j_requests_active} and {@code qml4j_requests_queued}: the bounded work now;
 *   <li>{@code qml4j_heap_after_gc_bytes}: heap in use just after the most recent collection,
 *       which stays flat unless something leaks; plus Micrometer's JVM memory and thread
 *       metrics.
 * </ul>
 */
final class ServiceMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ConcurrentHashMap<String, Timer> requestTimers = new ConcurrentHashMap<>();
  private final Timer evaluation;
  private final DoubleAdder evaluationCpuSeconds = new DoubleAdder();
  private final Counter rows;

  ServiceMetrics(AdmissionExecutor executor) {
    evaluation = Timer.builder("qml4j.model.evaluation")
        .description("Wall time of evaluating one request's batch")
        .publishPercentileHistogram()
        .register(registry);
    rows = Counter.builder("qml4j.model.rows").description("Feature vectors evaluated")
        .register(registry);
    FunctionCounter.builder("qml4j.model.evaluation.cpu", evaluationCpuSeconds,
            DoubleAdder::sum)
        .description("CPU seconds of the threads evaluating the model").baseUnit("seconds")
        .register(registry);
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    FunctionCounter.builder("qml4j.process.cpu", os, b -> b.getProcessCpuTime() / 1e9)
        .description("CPU seconds of the whole service process").baseUnit("seconds")
        .register(registry);
    Gauge.builder("qml4j.requests.active", executor, AdmissionExecutor::active)
        .description("Requests being worked").register(registry);
    Gauge.builder("qml4j.requests.queued", executor, AdmissionExecutor::queued)
        .description("Requests waiting for a worker").register(registry);
    Gauge.builder("qml4j.heap.after.gc", ServiceMetrics::heapAfterGc)
        .description("Heap in use just after the most recent collection")
        .baseUnit("bytes").register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
  }

  /** Records one answered request. */
  void request(String path, int status, long nanos) {
    requestTimers.computeIfAbsent(path + " " + status, key -> Timer.builder("qml4j.http.requests")
            .description("Answered requests, arrival to last byte")
            .tag("path", path).tag("status", Integer.toString(status))
            .publishPercentileHistogram()
            .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Records one batch's evaluation. */
  void evaluation(int batch, long wallNanos, long cpuNanos) {
    evaluation.record(wallNanos, TimeUnit.NANOSECONDS);
    evaluationCpuSeconds.add(cpuNanos / 1e9);
    rows.increment(batch);
  }

  /** The Prometheus text exposition of every metric. */
  String scrape() {
    return registry.scrape();
  }

  void close() {
    registry.close();
  }

  /**
   * Heap in use just after the most recent collection of any kind, summed over the heap pools.
   * A young collection leaves the old generation as it was and empties eden, so this is the
   * retained heap, which grows only if something is kept; a pool's own
   * {@code getCollectionUsage()} would not do, since G1 updates the old generation's only on
   * collections of the old generation.
   */
  private static double heapAfterGc() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    GcInfo latest = null;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof com.sun.management.GarbageCollectorMXBean sun) {
        GcInfo info = sun.getLastGcInfo();
        if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
          latest = info;
        }
      }
    }
    if (latest == null) {
      return Double.NaN;
    }
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : latest.getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }
}
