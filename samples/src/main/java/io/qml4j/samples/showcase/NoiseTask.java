package io.qml4j.samples.showcase;

import io.qml4j.runtime.noise.DeviceCalibration;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.noise.mitigation.Extrapolator;
import io.qml4j.runtime.noise.mitigation.Folding;
import io.qml4j.runtime.noise.mitigation.NoisyH2Vqe;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * H2 VQE on a noisy device model, raw and with zero-noise extrapolation, against the exact
 * energy ({@link NoisyH2Vqe}): the density matrix of the four-qubit ansatz under a shipped device
 * snapshot's noise ({@link DeviceCalibration}), the angle optimised under that noise, then the
 * circuit folded to larger noise and extrapolated back to zero.
 */
@Command(name = "noise", mixinStandardHelpOptions = true, sortOptions = false,
    description = "H2 VQE on a noisy device model, raw and with zero-noise extrapolation, "
        + "against the exact energy.")
public final class NoiseTask extends TaskCommand {
  /** Chemical accuracy, 1 kcal/mol in Hartree: the error ZNE must reach. */
  public static final double CHEMICAL_ACCURACY = 1.6e-3;

  /** How many times ZNE must shrink the raw error for the row to pass. */
  public static final double REQUIRED_IMPROVEMENT = 10;

  /** The extrapolation fits on offer. */
  public enum Fit {
    /** Polynomial through every point. */
    RICHARDSON,
    /** Least-squares line. */
    LINEAR,
    /** {@code a + b exp(-c lambda)}, all fitted. */
    EXPONENTIAL;

    /** The command-line spelling, lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    Extrapolator extrapolator() {
      return switch (this) {
        case RICHARDSON -> Extrapolator.richardson();
        case LINEAR -> Extrapolator.linear();
        case EXPONENTIAL -> Extrapolator.exponential();
      };
    }
  }

  @Option(names = "--device", paramLabel = "NAME",
      description = "Device snapshot: ibm-eagle-r3-median or google-sycamore-2019 "
          + "(default: ${DEFAULT-VALUE}).")
  String device = "ibm-eagle-r3-median";

  @Option(names = "--fit", paramLabel = "NAME",
      description = "Extrapolation: richardson, linear or exponential "
          + "(default: ${DEFAULT-VALUE}).")
  Fit fit = Fit.RICHARDSON;

  @Option(names = "--folding", paramLabel = "NAME",
      description = "Unitary folding: global or per_gate (default: ${DEFAULT-VALUE}).")
  Folding.Method folding = Folding.Method.GLOBAL;

  @Option(names = "--scales", paramLabel = "L,L,...", split = ",",
      description = "Noise scale factors, each >= 1 (default: 1,3,5).")
  double[] scales = {1, 3, 5};

  @Override
  public String name() {
    return "noise";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    long start = System.nanoTime();
    DeviceCalibration calibration = DeviceCalibration.snapshot(device);
    NoiseModel model = calibration.noiseModel(4);
    NoisyH2Vqe.Result r = NoisyH2Vqe.run(model, scales, folding, fit.extrapolator());
    double rawError = Math.abs(r.raw() - r.exact());
    double zneError = Math.abs(r.zne() - r.exact());
    Path plot = Charts.savePng(chart(r), context.outputDirectory(), "noise-h2-zne.png");
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "H2 VQE on noisy %s, ZNE (%s, %s)", device, folding, fit),
        String.format(Locale.ROOT, "E raw %.4f, ZNE %.4f, exact %.4f Ha; error %.1f -> %.1f mHa "
            + "(%.0fx)", r.raw(), r.zne(), r.exact(), 1e3 * rawError, 1e3 * zneError,
            r.improvement()),
        String.format(Locale.ROOT, "ZNE error < %.1f mHa and %.0fx below raw",
            1e3 * CHEMICAL_ACCURACY, REQUIRED_IMPROVEMENT),
        zneError < CHEMICAL_ACCURACY && r.improvement() >= REQUIRED_IMPROVEMENT, seconds,
        List.of(plot), Map.of("raw energy", r.raw(), "zne energy", r.zne(), "exact energy",
            r.exact(), "improvement", r.improvement()));
  }

  private XYChart chart(NoisyH2Vqe.Result r) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
        "H2 on noisy %s: zero-noise extrapolation (%s folding, %s)", device, folding, fit),
        "noise scale factor", "energy (Ha)");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    double[] s = r.folding().scales();
    double[] e = r.folding().values();
    double last = s[s.length - 1];
    Charts.points(chart, "noisy, folded", s, e, Charts.BLUE);
    Charts.points(chart, "ZNE estimate", new double[] {0}, new double[] {r.zne()},
        Charts.ORANGE);
    Charts.line(chart, "exact (full CI)", new double[] {0, last},
        new double[] {r.exact(), r.exact()}, Color.GRAY);
    Charts.line(chart, "raw VQE", new double[] {0, last}, new double[] {r.raw(), r.raw()},
        Charts.BLUE);
    return chart;
  }
}
