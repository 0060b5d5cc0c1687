package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.QubitWiseCommutingGroups;
import io.qml4j.runtime.observable.ShotEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds backends and runs expectations and gradients on them.
 *
 * <p>{@link #all()} lists every backend of every {@link BackendProvider} on the class path
 * (qml4j's own are {@link BuiltInBackends}); {@link #named(String)} picks one.
 * Remote services ({@link #services()}) resolve names such as {@code "ibm:ibm_brisbane"} on
 * demand. {@link #expectation} and {@link #parameterShiftGradient} estimate {@code <H>} and its gradient
 * as on hardware, through counts, each in one job.
 */
public final class Backends {
  private Backends() {}

  /**
   * Every installed backend, by name in the order their providers list them.
   *
   * @return the backends
   * @throws IllegalStateException if two backends share a name
   */
  public static List<Backend> all() {
    Map<String, Backend> byName = new LinkedHashMap<>();
    for (BackendProvider provider : providers()) {
      for (Backend b : provider.backends()) {
        if (byName.putIfAbsent(b.name(), b) != null) {
          throw new IllegalStateException("backend name \"" + b.name() + "\" is offered twice ("
              + byName.get(b.name()).getClass().getName() + ", " + b.getClass().getName() + ")");
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * The installed backend of that name.
   *
   * @param name the name
   * @return the backend
   * @throws IllegalArgumentException naming the installed backends if there is none
   */
  public static Backend named(String name) {
    Objects.requireNonNull(name, "name");
    List<String> names = new ArrayList<>();
    for (Backend b : all()) {
      if (b.name().equals(name)) {
        return b;
      }
      names.add(b.name());
    }
    List<String> prefixes = new ArrayList<>();
    for (BackendProvider provider : providers()) {
      Optional<Backend> found = provider.find(name);
      if (found.isPresent()) {
        return found.get();
      }
      provider.service().ifPresent(s -> prefixes.add(s.prefix() + "DEVICE"));
    }
    throw new IllegalArgumentException("name: no backend \"" + name + "\"; installed: "
        + String.join(", ", names)
        + (prefixes.isEmpty() ? "" : "; remote: " + String.join(", ", prefixes)));
  }

  /**
   * The remote services on the class path, configured or not; nothing is called.
   *
   * @return the services in provider order
   */
  public static List<RemoteService> services() {
    List<RemoteService> out = new ArrayList<>();
    for (BackendProvider provider : providers()) {
      provider.service().ifPresent(out::add);
    }
    return out;
  }

  private static ServiceLoader<BackendProvider> providers() {
    return ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader());
  }

  /**
   * {@code <H>} in the circuit's output state, estimated from {@code shots} shots per
   * qubit-wise commuting group of H, all groups in one job (exact on an exact backend).
   *
   * @param backend where to run
   * @param circuit the bound circuit (a generated model's {@code circuit(...)})
   * @param h the observable, on wires of the circuit
   * @param shots shots per group
   * @param seed the job's seed
   * @return the estimate and its standard error
   * @throws IllegalArgumentException if H acts on a wire the circuit lacks, or the job does not
   *     fit the backend (nothing is submitted then)
   */
  public static ShotEstimate expectation(Backend backend, Circuit circuit, PauliSum h, int shots,
      long seed) {
    checkObservable(h, circuit.qubits());
    List<QubitWiseCommutingGroups.Group> groups = QubitWiseCommutingGroups.of(h);
    if (groups.isEmpty()) {
      return new ShotEstimate(h.constant(), 0, shots, 0);
    }
    JobResult result = backend.submit(Estimation.measurementCircuits(circuit, groups), shots,
        seed).result();
    return Estimation.estimate(h, groups, result.counts());
  }

  /**
   * {@code <H>} and its parameter-shift gradient with respect to theta and x, every shifted
   * circuit (two per two-term angle, four per four-term angle) and the unshifted one measured in
   * each group of H, all submitted as one job. The chain rule runs through each angle's
   * {@link io.qml4j.runtime.gradient.Param} expression
   * ({@link io.qml4j.runtime.gradient.Param#accumulate}, its exact derivatives).
   *
   * @param backend where to run
   * @param circuit the parametrised circuit
   * @param theta trainable parameters
   * @param x inputs
   * @param h the observable
   * @param shots shots per circuit and group
   * @param seed the job's seed
   * @return the value and gradient estimates
   * @throws IllegalArgumentException for wrong argument lengths, H beyond the circuit, or a job
   *     that does not fit the backend (nothing is submitted then)
   */
  public static Gradient parameterShiftGradient(Backend backend, ParametrizedCircuit circuit,
      double[] theta, double[] x, PauliSum h, int shots, long seed) {
    checkObservable(h, circuit.qubits());
    ShiftPlan plan = new ShiftPlan(circuit, theta, x, List.of(h), true); // checks the lengths
    if (QubitWiseCommutingGroups.of(h).isEmpty()) {
      return new Gradient(h.constant(), new double[theta.length], new double[x.length]);
    }
    return plan.read(backend.submit(plan.circuits(), shots, seed).result().counts()).row(0);
  }

  /**
   * The expectations of several observables and their parameter-shift Jacobians at many inputs,
   * every shifted circuit of every input submitted as one job (what one training step of a
   * classifier on a device costs), or, when they exceed the backend's
   * {@link Capabilities#maxCircuits()}, as few jobs as hold whole points, seeded
   * {@code seed, seed + 1, ...}. As {@link #parameterShiftGradient}, per input.
   *
   * @param backend where to run
   * @param circuit the parametrised circuit
   * @param theta trainable parameters
   * @param xs the inputs, one row per point
   * @param observables the observables, each on wires of the circuit
   * @param inputs whether to differentiate with respect to x too (angles that depend on x only
   *     are shifted only then; otherwise {@link Jacobian#x()} reads 0)
   * @param shots shots per circuit and group
   * @param seed the job's seed
   * @return one Jacobian per row of xs
   * @throws IllegalArgumentException for wrong argument lengths, no observable or one beyond the
   *     circuit, or one point's circuits that do not fit the backend (checked before its job)
   */
  public static List<Jacobian> parameterShiftJacobians(Backend backend,
      ParametrizedCircuit circuit, double[] theta, double[][] xs, List<PauliSum> observables,
      boolean inputs, int shots, long seed) {
    Objects.requireNonNull(backend, "backend");
    if (observables.isEmpty()) {
      throw new IllegalArgumentException("observables: expected at least one, got none");
    }
    for (PauliSum h : observables) {
      checkObservable(h, circuit.qubits());
    }
    List<ShiftPlan> plans = new ArrayList<>();
    for (double[] x : xs) {
      plans.add(new ShiftPlan(circuit, theta, x, observables, inputs));
    }
    int limit = backend.capabilities().maxCircuits();
    List<Jacobian> out = new ArrayList<>();
    int first = 0, job = 0;
    while (first < plans.size()) {
      // as many whole points as the backend's circuit limit takes: one job when all fit
      List<Circuit> circuits = new ArrayList<>(plans.get(first).circuits());
      int end = first + 1;
      while (end < plans.size()
          && circuits.size() + plans.get(end).circuits().size() <= limit) {
        circuits.addAll(plans.get(end++).circuits());
      }
      List<Counts> counts = circuits.isEmpty() ? List.of()
          : backend.submit(circuits, shots, seed + job++).result().counts();
      int at = 0;
      for (int k = first; k < end; k++) {
        int size = plans.get(k).circuits().size();
        out.add(plans.get(k).read(counts.subList(at, at += size)));
      }
      first = end;
    }
    return out;
  }

  private static void checkObservable(PauliSum h, int qubits) {
    Objects.requireNonNull(h, "h");
    if (h.maxWire() >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "h: acts on wire %d, but the circuit has %d qubit(s) (wires 0..%d)", h.maxWire(),
          qubits, qubits - 1));
    }
  }
}
