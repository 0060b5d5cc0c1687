package io.qml4j.runtime.backend;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.noise.Channels;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.ReadoutError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A noise model on the noisy simulators: {@code density-matrix} (exact mixed state, up to
 * 10 qubits) or {@code trajectories} (quantum
 * trajectories on state vectors, wider circuits). Without a model the backends found by name use
 * {@link #defaultNoise(int)}.
 */
public final class NoisyBackend extends LocalBackend<NoisyCircuit> {
  /** Default single-qubit depolarizing probability, a typical superconducting figure. */
  public static final double DEFAULT_SINGLE_QUBIT_ERROR = 1e-3;
  /** Default two-qubit depolarizing probability. */
  public static final double DEFAULT_TWO_QUBIT_ERROR = 1e-2;
  /** Default readout flip probability. */
  public static final double DEFAULT_READOUT_ERROR = 1e-2;

  private final String name;
  private final boolean densityMatrix;
  private final IntFunction<NoiseModel> noise;

  private NoisyBackend(String name, boolean densityMatrix, IntFunction<NoiseModel> noise) {
    this.name = Objects.requireNonNull(name, "name");
    this.densityMatrix = densityMatrix;
    this.noise = Objects.requireNonNull(noise, "noise");
  }

  /**
   * The density-matrix simulator with a noise model per circuit width.
   *
   * @param name the backend's name
   * @param noise the noise model for a circuit of the given number of qubits
   * @return the backend
   */
  public static NoisyBackend densityMatrix(String name, IntFunction<NoiseModel> noise) {
    return new NoisyBackend(name, true, noise);
  }

  /**
   * The trajectory simulator with a noise model per circuit width.
   *
   * @param name the backend's name
   * @param noise the noise model for a circuit of the given number of qubits
   * @return the backend
   */
  public static NoisyBackend trajectories(String name, IntFunction<NoiseModel> noise) {
    return new NoisyBackend(name, false, noise);
  }

  /**
   * Depolarizing noise after every gate ({@value #DEFAULT_SINGLE_QUBIT_ERROR} per wire of a
   * single-qubit gate, {@value #DEFAULT_TWO_QUBIT_ERROR} two-qubit depolarizing after a two-qubit
   * gate, and for wider gates per wire) and a readout flip of {@value #DEFAULT_READOUT_ERROR}.
   *
   * @param qubits the circuit's width
   * @return the model
   */
  public static NoiseModel defaultNoise(int qubits) {
    List<Gate> single = new ArrayList<>(), pair = new ArrayList<>(), wide = new ArrayList<>();
    for (Gate g : Gate.values()) {
      (g.wires() == 1 ? single : g.wires() == 2 ? pair : wide).add(g);
    }
    return NoiseModel.builder()
        .after(Channels.depolarizing(DEFAULT_SINGLE_QUBIT_ERROR), single.toArray(new Gate[0]))
        .after(Channels.depolarizing2(DEFAULT_TWO_QUBIT_ERROR), pair.toArray(new Gate[0]))
        .after(Channels.depolarizing(DEFAULT_TWO_QUBIT_ERROR), wide.toArray(new Gate[0]))
        .readout(ReadoutError.uniform(qubits, DEFAULT_READOUT_ERROR)).build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return densityMatrix ? "noisy simulation on the density matrix (exact mixture), seeded shots"
        : "noisy simulation by quantum trajectories, seeded shots";
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(densityMatrix ? NoisySampling.DENSITY_MATRIX_QUBITS
        : StateVectorBackend.MAX_QUBITS, null, null, StateVectorBackend.MAX_SHOTS,
        StateVectorBackend.MAX_CIRCUITS, false, false, true);
  }

  @Override
  NoisyCircuit prepare(Circuit circuit) {
    return noise.apply(circuit.qubits()).apply(circuit);
  }

  @Override
  Counts run(NoisyCircuit circuit, int shots, long seed) {
    int[] samples = densityMatrix ? NoisySampling.densityMatrix(circuit, shots, seed)
        : NoisySampling.trajectories(circuit, shots, seed);
    return Counts.ofSamples(circuit.qubits(), samples, null);
  }
}
