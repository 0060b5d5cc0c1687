package io.qml4j.samples.showcase;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.observable.Sampler;
import io.qml4j.runtime.qaoa.Graph;
import io.qml4j.runtime.qaoa.IsingCost;
import io.qml4j.runtime.qaoa.MaxCut;
import io.qml4j.runtime.qaoa.Qaoa;
import io.qml4j.runtime.qaoa.QaoaResult;
import io.qml4j.runtime.qaoa.QaoaSolver;
import io.qml4j.runtime.qaoa.RandomRegularGraph;
import io.qml4j.runtime.qaoa.Solution;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * QAOA for MaxCut on a 3-regular graph: p = 1 from a grid refined locally, each further layer
 * warm-started from the previous optimum (INTERP), the answer read from seeded samples and judged
 * against brute force. Farhi, Goldstone and Gutmann (2014, arXiv:1411.4028) proved that p = 1
 * reaches {@code <C>/MaxCut >= 0.6924} on every 3-regular graph, with equality on triangle-free
 * ones such as the cube and K3,3.
 */
@Command(name = "qaoa", mixinStandardHelpOptions = true, sortOptions = false,
    description = "QAOA MaxCut on a 3-regular graph, against brute force.")
public final class QaoaTask extends TaskCommand {
  /** The p = 1 ratio on triangle-free 3-regular graphs (Farhi et al. 2014). */
  public static final double P1_RATIO = 0.6924;

  /** Agreement with {@link #P1_RATIO} required: its four published digits. */
  public static final double P1_TOLERANCE = 1e-3;

  /** The graphs on offer. */
  public enum GraphChoice {
    /** The 3-cube Q3: 8 nodes, 12 edges, triangle-free. */
    CUBE,
    /** The complete bipartite K3,3: 6 nodes, 9 edges, triangle-free. */
    K33,
    /** A seeded random 3-regular graph on --nodes nodes (may hold triangles). */
    RANDOM;

    /** The command-line spelling, lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--graph", paramLabel = "NAME",
      description = "cube, k33 or random (default: ${DEFAULT-VALUE}).")
  GraphChoice graph = GraphChoice.CUBE;

  @Option(names = "--nodes", paramLabel = "N",
      description = "Nodes (qubits) of the random graph, even, 4 to 20 "
      + "(default: ${DEFAULT-VALUE}).")
  int nodes = 10;

  @Option(names = "--layers", paramLabel = "L",
      description = "QAOA depth p (default: ${DEFAULT-VALUE}).")
  int layers = 3;

  @Option(names = "--shots", paramLabel = "N",
      description = "Samples read from the final state (default: ${DEFAULT-VALUE}).")
  int shots = 1000;

  @Option(names = "--optimizer", paramLabel = "NAME",
      description = "Local optimiser: bobyqa, nelder-mead, cmaes or "
      + "spsa (default: ${DEFAULT-VALUE}).")
  OptimizerChoice optimizer = OptimizerChoice.BOBYQA;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Initial trust radius, simplex edge or step "
      + "(default: one grid spacing, pi/40).")
  double learningRate = Math.PI / QaoaSolver.DEFAULT_GRID_POINTS;

  @Option(names = "--steps", paramLabel = "N",
      description = "Evaluations of the local optimiser per layer count "
      + "(default: ${DEFAULT-VALUE}).")
  int steps = 2000;

  @Option(names = "--grid", paramLabel = "N",
      description = "Grid points per axis of the p = 1 search (default: ${DEFAULT-VALUE}).")
  int grid = QaoaSolver.DEFAULT_GRID_POINTS;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the random graph, optimiser and samples (default: ${DEFAULT-VALUE}).")
  long seed = 5;

  @Override
  public String name() {
    return "qaoa";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.between("--nodes", nodes, 4, 20);
    if (graph == GraphChoice.RANDOM && nodes % 2 != 0) {
      throw new IllegalArgumentException("--nodes: a random 3-regular graph needs an even number "
          + "of nodes, got " + nodes);
    }
    OptionChecks.between("--layers", layers, 1, 10);
    OptionChecks.atLeast("--shots", shots, 1);
    OptionChecks.positive("--learning-rate", learningRate);
    OptionChecks.atLeast("--steps", steps, 1);
    OptionChecks.atLeast("--grid", grid, 2);
    if (optimizer.usesGradient()) {
      throw new IllegalArgumentException("--optimizer: QAOA angles are refined without "
          + "gradients; expected bobyqa, nelder-mead, cmaes or spsa, got " + optimizer);
    }
    long start = System.nanoTime();
    Graph g = switch (graph) {
      case CUBE -> Graph.hypercube(3);
      case K33 -> Graph.completeBipartite(3, 3);
      case RANDOM -> RandomRegularGraph.generate(nodes, 3, seed);
    };
    IsingCost cost = MaxCut.cost(g);
    Solution optimum = MaxCut.bruteForce(g);

    int[] evaluations = {0};
    List<QaoaResult> results;
    try (Progress.Tracker bar = context.progress().start("QAOA p=1.." + layers, -1)) {
      OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps).withSeed(seed)
          .withCallback(step -> {
            evaluations[0]++;
            bar.message(String.format(Locale.ROOT, "<C> %.4f", -step.loss()));
            bar.step();
          });
      results = new QaoaSolver(optimizer.create(learningRate, options), grid)
          .solveUpTo(cost, layers);
    }
    QaoaResult last = results.get(results.size() - 1);
    Qaoa qaoa = new Qaoa(cost, layers);
    Solution best = qaoa.bestSample(last.parameters(), shots, seed);
    int[] samples = Sampler.sample(qaoa.state(last.parameters()), shots, seed);
    double p1 = results.get(0).ratio(optimum.value());
    double pLast = last.ratio(optimum.value());

    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(cutHistogram(cost, samples, optimum.value()),
        context.outputDirectory(), "qaoa-cut-distribution.png"));
    plots.add(Charts.savePng(PartitionChart.plot(String.format(Locale.ROOT,
            "Best sampled cut on the %s: %.0f of %d edges cut (MaxCut %.0f)", graphName(),
            best.value(), g.edgeCount(), optimum.value()), g, best.bits()),
        context.outputDirectory(),
        "qaoa-partition.png"));
    plots.add(Charts.savePng(ratioChart(results, optimum.value()), context.outputDirectory(),
        "qaoa-ratio-by-depth.png"));
    boolean triangleFree = graph != GraphChoice.RANDOM;
    boolean p1Met = triangleFree ? Math.abs(p1 - P1_RATIO) <= P1_TOLERANCE
        : p1 >= P1_RATIO - P1_TOLERANCE;
    boolean deeperBetter = layers == 1 || pLast > p1;
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "QAOA MaxCut, %s (%d nodes, p=%d)", graphName(), g.nodes(),
            layers),
        String.format(Locale.ROOT, "<C>/MaxCut %.4f at p=1, %.4f at p=%d; best of %d shots "
            + "cuts %.0f/%.0f", p1, pLast, layers, shots, best.value(), optimum.value()),
        String.format(Locale.ROOT, "p=1 %s %.4f (Farhi 2014)%s", triangleFree ? "=" : ">=",
            P1_RATIO, layers > 1 ? ", higher for p>1" : ""),
        p1Met && deeperBetter, seconds, plots, Map.of("ratio p=1", p1, "ratio", pLast,
            "best sampled cut", best.value(), "max cut", optimum.value()));
  }

  private String graphName() {
    return switch (graph) {
      case CUBE -> "3-cube";
      case K33 -> "K3,3";
      case RANDOM -> "random 3-regular";
    };
  }

  private CategoryChart cutHistogram(IsingCost cost, int[] samples, double maxCut) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int cut = 0; cut <= (int) Math.round(maxCut); cut++) {
      counts.put(cut, 0);
    }
    for (int k : samples) {
      counts.merge((int) Math.round(cost.value(k)), 1, Integer::sum);
    }
    CategoryChart chart = Charts.bars(String.format(Locale.ROOT,
            "QAOA p=%d on the %s: cut sizes of %d samples (MaxCut %.0f)", layers, graphName(),
            samples.length, maxCut), "edges cut", "samples");
    chart.addSeries("samples", new ArrayList<>(counts.keySet()),
        new ArrayList<>(counts.values())).setFillColor(Charts.BLUE);
    return chart;
  }

  private XYChart ratioChart(List<QaoaResult> results, double maxCut) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
            "QAOA on the %s: approximation ratio <C>/MaxCut by depth", graphName()),
        "layers p", "<C> / MaxCut");
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
    double[] p = new double[results.size()];
    double[] ratio = new double[results.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = results.get(i).layers();
      ratio[i] = results.get(i).ratio(maxCut);
    }
    Charts.line(chart, "QAOA", p, ratio, Charts.BLUE).setMarker(SeriesMarkers.CIRCLE);
    Charts.line(chart, "p=1 bound 0.6924", new double[] {1, Math.max(2, p.length)},
        new double[] {P1_RATIO, P1_RATIO}, Color.GRAY);
    return chart;
  }
}
