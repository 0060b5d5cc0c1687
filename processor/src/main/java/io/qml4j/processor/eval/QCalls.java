package io.qml4j.processor.eval;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import io.qml4j.dsl.ChannelKind;
import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateSink;
import io.qml4j.dsl.Templates;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.ExprAlgebra;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.NormalizedFeatures;
import io.qml4j.processor.ir.Site;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Calls on the {@code Q} parameter: gates of the table become {@link GateOp}s after their wires
 * and angles are checked; templates are expanded by the shared {@link Templates} instantiated with
 * the symbolic {@link ExprAlgebra}, exactly as the runtime builder expands them with numbers.
 */
final class QCalls {
  private final Evaluator ev;

  QCalls(Evaluator ev) {
    this.ev = ev;
  }

  Object call(MethodInvocationTree call, ExecutableElement m, List<Object> args) {
    String name = m.getSimpleName().toString();
    ExprAlgebra alg = ExprAlgebra.INSTANCE;
    // A template stops at its first bad gate: the rest would repeat the error many times.
    GateSink<Expr> sink = (gate, wires, angles) -> {
      if (!gate(call, gate, wires, angles, null, null)) {
        throw new Abort();
      }
    };
    try {
      switch (name) {
        case "qubits":
          return ev.qubits();
        case "angleEmbedding":
          Templates.angleEmbedding(alg, sink, onePerWire(call, exprs(call, args.get(0))),
              text(call, args.get(1)));
          return null;
        case "amplitudeEmbedding":
          amplitudeEmbedding(call, alg, sink, List.copyOf(amplitudes(call,
              exprs(call, args.get(0)))));
          return null;
        case "zzFeatureMap":
          Templates.zzFeatureMap(alg, sink, onePerWire(call, exprs(call, args.get(0))),
              integer(call, args.get(1)));
          return null;
        case "iqpEmbedding":
          Templates.iqpEmbedding(alg, sink, onePerWire(call, exprs(call, args.get(0))),
              integer(call, args.get(1)));
          return null;
        case "basicEntanglerLayers":
          Templates.basicEntanglerLayers(alg, sink, exprs(call, args.get(0)),
              integer(call, args.get(1)), ev.qubits(), text(call, args.get(2)));
          return null;
        case "stronglyEntanglingLayers":
          Templates.stronglyEntanglingLayers(alg, sink, exprs(call, args.get(0)),
              integer(call, args.get(1)), ev.qubits());
          return null;
        case "qaoaCostLayer":
          Templates.qaoaCostLayer(alg, sink, Operators.toExpr(args.get(0)),
              edges(call, args.get(1)), args.size() > 2 ? doubles(call, args.get(2)) : null);
          return null;
        case "qaoaMixerLayer":
          Templates.qaoaMixerLayer(alg, sink, Operators.toExpr(args.get(0)), ev.qubits());
          return null;
        case "basisState":
          Templates.basisState(sink, ints(call, varargs(m, args, 0)));
          return null;
        default:
          break;
      }
    } catch (IllegalArgumentException rejected) {
      throw ev.error(Code.UNSUPPORTED, call, "the template rejects its arguments: %s",
          rejected.getMessage());
    } catch (IndexOutOfBoundsException tooShort) {
      throw ev.error(Code.INDEX, call, "`%s` reads past the end of an array argument: %s", call,
          tooShort.getMessage());
    }
    ChannelKind channel = ChannelKind.forMethodName(name);
    if (channel != null) {
      channel(call, channel, args);
      return null;
    }
    Gate gate = Gate.forMethodName(name);
    if (gate == null || gate == Gate.UNITARY) {
      throw ev.error(Code.UNSUPPORTED, call, "q.%s(...) is not supported at compile time; a "
          + "compiled model uses the gates of the gate table (io.qml4j.dsl.Gate) and the templates "
          + "of Q; user matrices run through the runtime builder", name);
    }
    List<Integer> wires = new ArrayList<>();
    List<Tree> wireTrees = new ArrayList<>();
    List<Expr> angles = new ArrayList<>();
    String word = null;
    List<? extends VariableElement> params = m.getParameters();
    for (int i = 0; i < params.size(); i++) {
      TypeKind kind = params.get(i).asType().getKind();
      boolean last = i == params.size() - 1;
      if (last && m.isVarArgs()) {
        List<Object> rest = varargs(m, args, i);
        for (int k = 0; k < rest.size(); k++) {
          wires.add(wire(call, rest.get(k)));
          wireTrees.add(argTree(call, Math.min(i + k, call.getArguments().size() - 1)));
        }
      } else if (kind == TypeKind.INT) {
        wires.add(wire(call, args.get(i)));
        wireTrees.add(argTree(call, i));
      } else if (kind == TypeKind.DOUBLE) {
        angles.add(Operators.toExpr(args.get(i)));
      } else {
        word = text(call, args.get(i));
      }
    }
    int[] w = wires.stream().mapToInt(Integer::intValue).toArray();
    gate(call, gate, w, angles, word, wireTrees);
    return null;
  }

  /**
   * A noise channel: its wire is checked like a gate's; a constant parameter out of range is a
   * {@code [qml4j.channel]} error at the call; a parameter computed from theta or x is checked
   * when the generated class builds its noisy circuit.
   */
  private void channel(MethodInvocationTree call, ChannelKind kind, List<Object> args) {
    int wire = wire(call, args.get(0));
    boolean ok = true;
    if (wire < 0 || wire >= ev.qubits()) {
      // reported, and evaluation goes on, as for a gate's wire
      ev.error(Code.WIRE, argTree(call, 0), "wire %d is out of range for a %d-qubit model "
          + "(wires 0..%d)", wire, ev.qubits(), ev.qubits() - 1);
      ok = false;
    }
    List<Expr> parameters = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      parameters.add(Operators.toExpr(args.get(i)));
    }
    if (parameters.stream().allMatch(Expr::isConstant)) {
      String problem = kind.problem(parameters.stream()
          .mapToDouble(e -> ((Expr.Constant) e).value()).toArray());
      if (problem != null) {
        ev.error(Code.CHANNEL, call, "%s; `%s` places a channel whose parameters must be "
            + "in range", problem, call);
        ok = false;
      }
    }
    if (ok) {
      ev.addChannel(kind, wire, parameters, ev.gateSite(call));
    }
  }

  /** Templates that put feature i on wire i: more features than wires is a wire error. */
  private List<Expr> onePerWire(MethodInvocationTree call, List<Expr> features) {
    if (features.size() > ev.qubits()) {
      throw ev.error(Code.WIRE, call, "`%s` puts one feature on each wire, but it is given %d "
          + "features and the model has %d qubits (wires 0..%d)", call, features.size(),
          ev.qubits(), ev.qubits() - 1);
    }
    return features;
  }

  /** Amplitude embedding: 2^n features fill n wires, which the model must have. */
  private List<Expr> amplitudes(MethodInvocationTree call, List<Expr> features) {
    if (features.size() > 1 << ev.qubits()) {
      throw ev.error(Code.WIRE, call, "`%s` embeds %d features, which need %d qubits, but the "
          + "model has %d (at most %d features)", call, features.size(),
          32 - Integer.numberOfLeadingZeros(features.size() - 1), ev.qubits(), 1 << ev.qubits());
    }
    return features;
  }

  private Tree argTree(MethodInvocationTree call, int i) {
    return call.getArguments().isEmpty() ? call : call.getArguments().get(i);
  }

  private boolean gate(MethodInvocationTree call, Gate gate, int[] wires, List<Expr> angles,
      String word, List<Tree> wireTrees) {
    boolean ok = true;
    int n = ev.qubits();
    for (int k = 0; k < wires.length; k++) {
      if (wires[k] < 0 || wires[k] >= n) {
        Tree at = wireTrees == null ? call : wireTrees.get(k);
        ev.error(Code.WIRE, at, "wire %d is out of range for a %d-qubit model (wires 0..%d)",
            wires[k], n, n - 1);
        ok = false;
      }
      for (int j = 0; j < k; j++) {
        if (wires[j] == wires[k]) {
          ev.error(Code.REPEATED_WIRE, call, "`%s` uses wire %d twice; the wires of a %s gate "
              + "must be distinct", call, wires[k], gate.displayName());
          ok = false;
        }
      }
    }
    if (wires.length == 0) {
      ev.error(Code.WIRE, call, "%s needs at least one wire", gate.displayName());
      ok = false;
    }
    if (word != null && (word.length() != wires.length
        || !word.toUpperCase(Locale.ROOT).matches("[IXYZ]*"))) {
      ev.error(Code.UNSUPPORTED, call, "Pauli word \"%s\" must have one letter I, X, Y or Z per "
          + "wire (%d)", word, wires.length);
      ok = false;
    }
    for (Expr a : angles) {
      ok &= ev.angles.check(call, gate, a);
    }
    if (ok) {
      Site site = ev.gateSite(call);
      ev.addGate(new GateOp(gate, wires, angles,
          word == null ? null : word.toUpperCase(Locale.ROOT), site));
    }
    return ok;
  }

  /**
   * Expands the template after making sure its features can be normalised: all-zero constants are
   * a compile-time error, features that depend on x or theta are checked by the generated code.
   */
  private void amplitudeEmbedding(MethodInvocationTree call, ExprAlgebra alg,
      GateSink<Expr> sink, List<Expr> features) {
    Templates.amplitudeEmbedding(alg, sink, features);
    if (features.stream().anyMatch(f -> f.isConstant() && ((Expr.Constant) f).value() != 0)) {
      return;
    }
    if (features.stream().allMatch(Expr::isConstant)) {
      throw ev.error(Code.UNSUPPORTED, call, "`%s` embeds features that are all zero, which "
          + "cannot be normalised; at least one feature must be non-zero", call);
    }
    ev.addNormalized(new NormalizedFeatures(features, ev.gateSite(call)));
  }

  /** The values of a varargs parameter, which the evaluator always passes as one array. */
  private static List<Object> varargs(ExecutableElement m, List<Object> args, int from) {
    if (args.size() == from + 1 && args.get(from) instanceof ArrayValue) {
      return java.util.Arrays.asList(((ArrayValue) args.get(from)).elements);
    }
    return args.subList(from, args.size());
  }

  private int wire(Tree call, Object v) {
    if (v instanceof Integer) {
      return (Integer) v;
    }
    throw ev.error(Code.CONSTANT, call, "a wire in `%s` is not a compile-time int", call);
  }

  private int integer(Tree call, Object v) {
    if (v instanceof Integer) {
      return (Integer) v;
    }
    throw ev.error(Code.CONSTANT, call, "an int argument of `%s` is not a compile-time int", call);
  }

  private String text(Tree call, Object v) {
    if (v instanceof String) {
      return (String) v;
    }
    throw ev.error(Code.CONSTANT, call, "a String argument of `%s` is not a compile-time "
        + "constant", call);
  }

  /** An array argument as a list of angle expressions; reads of x and theta are range-checked. */
  private List<Expr> exprs(Tree call, Object v) {
    if (v instanceof SymbolicArray) {
      SymbolicArray s = (SymbolicArray) v;
      return new AbstractList<>() {
        @Override
        public Expr get(int i) {
          return ev.read(s, i, call);
        }

        @Override
        public int size() {
          if (s.length() < 0) {
            throw ev.error(Code.INDEX, call, "`%s` reads all of %s, whose length is not declared: "
                + "add %s", call, s.name(), s.source() == Expr.Source.THETA
                ? "params = N to @Ansatz" : "inputs = N to @FeatureMap");
          }
          return s.length();
        }
      };
    }
    if (v instanceof ArrayValue) {
      List<Expr> out = new ArrayList<>();
      for (Object o : ((ArrayValue) v).elements) {
        if (!Operators.isNumber(o)) {
          throw ev.error(Code.UNSUPPORTED, call, "`%s` needs an array of numbers", call);
        }
        out.add(Operators.toExpr(o));
      }
      return out;
    }
    throw ev.error(Code.UNSUPPORTED, call, "`%s` needs a double[] argument: x, theta or a "
        + "compile-time array", call);
  }

  private int[] ints(Tree call, List<Object> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = integer(call, values.get(i));
    }
    return out;
  }

  private double[] doubles(Tree call, Object v) {
    if (!(v instanceof ArrayValue)) {
      throw ev.error(Code.CONSTANT, call, "the weights of `%s` must be a compile-time double[]",
          call);
    }
    Object[] e = ((ArrayValue) v).elements;
    double[] out = new double[e.length];
    for (int i = 0; i < out.length; i++) {
      Expr x = Operators.isNumber(e[i]) ? Operators.toExpr(e[i]) : null;
      if (!(x instanceof Expr.Constant)) {
        throw ev.error(Code.CONSTANT, call, "weight %d of `%s` is not a compile-time constant", i,
            call);
      }
      out[i] = ((Expr.Constant) x).value();
    }
    return out;
  }

  private int[][] edges(Tree call, Object v) {
    if (!(v instanceof ArrayValue)) {
      throw ev.error(Code.CONSTANT, call, "the edges of `%s` must be a compile-time int[][] such "
          + "as a static final constant", call);
    }
    Object[] rows = ((ArrayValue) v).elements;
    int[][] out = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (!(rows[i] instanceof ArrayValue) || ((ArrayValue) rows[i]).elements.length != 2) {
        throw ev.error(Code.UNSUPPORTED, call, "edge %d of `%s` must be a pair {u, v}", i, call);
      }
      out[i] = ints(call, List.of(((ArrayValue) rows[i]).elements));
    }
    return out;
  }
}
