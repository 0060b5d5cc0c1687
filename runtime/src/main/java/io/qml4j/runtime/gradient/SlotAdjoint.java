package io.qml4j.runtime.gradient;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Parallelism;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The adjoint gradient of a generated model by its angle slots, for models of
 * {@link io.qml4j.dsl.Limits#ADJOINT_POINTS_QUBITS} qubits and more: the runtime's sweep by
 * points ({@link PointSweep}) differentiates the model's simulated circuit with each
 * non-constant angle as a parameter of its own ({@code theta[slot]}), and the generated code
 * applies the chain rule through each slot's expression, which it alone knows. At these sizes
 * the sweep by points, whose passes are the simulator's fused plans, is faster than the unrolled
 * gate-by-gate sweep (generated HEA 10x10: 216 against 282-289 us, 16x10: 8.4 against 24.5 ms;
 * docs/figures.md).
 *
 * <p>A generated class holds one instance. The slot circuit is built from the first bound
 * circuit it is given (constant angles are the same in every binding) and kept; building it
 * twice in a race gives equal circuits, so no lock is taken. Every bound circuit must be the
 * model's simulated circuit at some arguments: the same gates, only the slots' angles differing.
 * Passes run on {@link Parallelism#threads()} threads, as the generated {@code state(...)} does.
 */
public final class SlotAdjoint {
  private final int qubits;
  private final int slots;
  private final String masks;
  private volatile ParametrizedCircuit circuit;

  private SlotAdjoint(int qubits, int slots, String masks) {
    this.qubits = qubits;
    this.slots = slots;
    this.masks = masks;
  }

  /**
   * The slots of a model's simulated gates.
   *
   * @param qubits the model's qubits
   * @param slots the number of angle slots, the length of every derivative row returned
   * @param masks one character per simulated gate, {@code '0' + m} where bit k of m is set when
   *     the gate's angle k is a slot (not a constant)
   * @throws IllegalArgumentException if a mask character is out of range or the masks do not
   *     name {@code slots} slots
   */
  public static SlotAdjoint of(int qubits, int slots, String masks) {
    if (masks == null) {
      throw new IllegalArgumentException("masks: expected one character per gate, got null");
    }
    int count = 0;
    for (int g = 0; g < masks.length(); g++) {
      int m = masks.charAt(g) - '0';
      if (m < 0 || m > 63) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "masks: expected characters '0' to 'o', got '%c' at gate %d", masks.charAt(g), g));
      }
      count += Integer.bitCount(m);
    }
    if (count != slots) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "slots: the masks name %d slot(s), got %d", count, slots));
    }
    return new SlotAdjoint(qubits, slots, masks);
  }

  /** {@code <H>} and its derivative with respect to every slot, in {@link Gradient#theta()}. */
  public Gradient gradient(Circuit bound, PauliSum h) {
    return jacobian(bound, Arguments.single("h", h, qubits)).row(0);
  }

  /** The expectations of the observables and their derivatives with respect to every slot. */
  public Jacobian jacobian(Circuit bound, List<PauliSum> observables) {
    Arguments.checkObservables("observables", observables, qubits);
    ParametrizedCircuit c = circuit(bound);
    return Adjoint.jacobian(c, bound, values(bound), new double[0], observables,
        Parallelism.threads(), BlockedBackward.BLOCK_QUBITS, PointSweep.applies(c));
  }

  /** {@code sum_i v_i <H_i>} and its derivative with respect to every slot. */
  public Gradient vectorJacobianProduct(Circuit bound, List<PauliSum> observables,
      double[] cotangent) {
    Arguments.checkObservables("observables", observables, qubits);
    Arguments.checkCotangent(cotangent, observables.size());
    ParametrizedCircuit c = circuit(bound);
    return Adjoint.vectorJacobianProduct(c, bound, values(bound), new double[0], observables,
        cotangent, Parallelism.threads());
  }

  /** The slots' angles in {@code bound}, read where the masks say. */
  private double[] values(Circuit bound) {
    double[] values = new double[slots];
    int s = 0;
    List<Operation> ops = bound.operations();
    for (int g = 0; g < ops.size(); g++) {
      int m = masks.charAt(g) - '0';
      for (int k = 0; m != 0; k++, m >>>= 1) {
        if ((m & 1) != 0) {
          values[s++] = ops.get(g).angle(k);
        }
      }
    }
    return values;
  }

  /** The slot circuit, built from the first bound circuit; checks every bound circuit's shape. */
  private ParametrizedCircuit circuit(Circuit bound) {
    if (bound == null || bound.qubits() != qubits
        || bound.operations().size() != masks.length()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bound: expected the model's %d gate(s) on %d qubit(s), got %s", masks.length(),
          qubits, bound == null ? "null" : bound.operations().size() + " on "
              + bound.qubits()));
    }
    ParametrizedCircuit c = circuit;
    if (c == null) {
      c = build(bound);
      circuit = c;
    }
    return c;
  }

  private ParametrizedCircuit build(Circuit bound) {
    List<ParametrizedOperation> templates = new ArrayList<>(masks.length());
    int s = 0;
    for (int g = 0; g < masks.length(); g++) {
      Operation op = bound.operations().get(g);
      int m = masks.charAt(g) - '0';
      if (m >> op.gate().params() != 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "masks: gate %d (%s) has %d angle(s), its mask names angle %d", g, op.gate(),
            op.gate().params(), 31 - Integer.numberOfLeadingZeros(m)));
      }
      List<Param> angles = new ArrayList<>(op.gate().params());
      for (int k = 0; k < op.gate().params(); k++) {
        angles.add((m >> k & 1) != 0 ? Param.theta(s++) : Param.constant(op.angle(k)));
      }
      templates.add(new ParametrizedOperation(op, angles));
    }
    return new ParametrizedCircuit(qubits, slots, 0, templates);
  }
}
