package io.qml4j.samples.serve;

import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a {@link LoadGenerator} run measured over its measured window (warm-up excluded): every
 * request counted once, as answered (200), refused (400 or 503), answered with another status,
 * or failed (no answer: timeout, connection error); the latency of every answered request; and
 * what the service's {@code /metrics} said about its CPU over the same window.
 *
 * @param clients concurrent clients
 * @param batch feature vectors per request
 * @param seconds length of the measured window
 * @param ok requests answered 200
 * @param badRequest requests answered 400
 * @param unavailable requests answered 503
 * @param otherStatus requests answered with any other status
 * @param failed requests that got no answer
 * @param resent requests sent a second time because the JDK client lost their answer on a
 *     reused connection (counted once, by the second attempt's outcome; see {@link LoadGenerator})
 * @param failures the failed requests by exception and message
 * @param latency latencies of the 200 answers, in microseconds
 * @param simulationCpuShare the share of the service's CPU time spent evaluating the model
 *     (NaN if its metrics were not readable)
 * @param serviceCpuCores the service's CPU time over the window divided by the window: cores
 *     it kept busy
 */
public record LoadReport(int clients, int batch, double seconds, long ok, long badRequest,
    long unavailable, long otherStatus, long failed, long resent, Map<String, Long> failures,
    Histogram latency, double simulationCpuShare, double serviceCpuCores) {

  /** Copies the failures. */
  public LoadReport {
    failures = Map.copyOf(failures);
  }

  /** Every request sent in the measured window. */
  public long total() {
    return ok + badRequest + unavailable + otherStatus + failed;
  }

  /** Answered requests per second. */
  public double throughput() {
    return ok / seconds;
  }

  /** A latency percentile of the answered requests, in milliseconds. */
  public double percentileMillis(double percentile) {
    return latency.getValueAtPercentile(percentile) / 1e3;
  }

  /** A few lines for a terminal. */
  public String render() {
    StringBuilder why = new StringBuilder();
    failures.forEach((what, n) -> why.append(String.format(Locale.ROOT, "failed %d: %s%n", n,
        what)));
    return why + String.format(Locale.ROOT,
        "clients %d, batch %d, %.1f s: %d requests: %d answered, %d 400, %d 503, %d other, "
            + "%d failed (%d resent once after the client lost the answer)%n"
            + "throughput %.1f requests/s (%.0f vectors/s)%n"
            + "latency ms: p50 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n"
            + "service CPU: %.2f cores busy, %.1f%% of it in the model's evaluation%n",
        clients, batch, seconds, total(), ok, badRequest, unavailable, otherStatus, failed,
        resent, throughput(), throughput() * batch, percentileMillis(50), percentileMillis(99),
        percentileMillis(99.9), latency.getMaxValue() / 1e3, serviceCpuCores,
        100 * simulationCpuShare);
  }

  /**
   * One Markdown table row: clients, batch, throughput, p50, p99, p99.9, counts, resent, CPU.
   */
  public String markdownRow(String model) {
    return String.format(Locale.ROOT,
        "| %s | %d | %d | %.0f | %.0f | %.2f | %.2f | %.2f | %d / %d / %d / %d | %d | %.0f%% |",
        model, clients, batch, throughput(), throughput() * batch, percentileMillis(50),
        percentileMillis(99), percentileMillis(99.9), ok, badRequest, unavailable, failed,
        resent, 100 * simulationCpuShare);
  }
}
