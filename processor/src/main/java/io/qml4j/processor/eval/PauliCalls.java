package io.qml4j.processor.eval;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import io.qml4j.dsl.PauliPolynomial;
import io.qml4j.dsl.PauliText;
import io.qml4j.dsl.PauliTextException;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.PauliTerms;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/** Calls on {@code Paulis} and {@code Pauli} inside an observable method. */
final class PauliCalls {
  private final Evaluator ev;

  PauliCalls(Evaluator ev) {
    this.ev = ev;
  }

  Object call(MethodInvocationTree call, ExecutableElement m, Object receiver, List<Object> args) {
    String name = m.getSimpleName().toString();
    if (receiver == Handle.PAULIS) {
      switch (name) {
        case "identity":
          return PauliTerms.constant(1);
        case "x":
        case "y":
        case "z":
          return PauliTerms.single(Character.toUpperCase(name.charAt(0)),
              wire(call, call.getArguments().get(0), args.get(0)));
        case "parse":
          if (args.get(0) instanceof String) {
            return parse(call, (String) args.get(0));
          }
          throw ev.error(Code.CONSTANT, call, "p.parse needs a compile-time String");
        default:
          break;
      }
    } else if (receiver instanceof PauliTerms) {
      PauliTerms self = (PauliTerms) receiver;
      switch (name) {
        case "times":
          try {
            return self.times(pauli(call, args.get(0)));
          } catch (IllegalArgumentException notHermitian) {
            throw ev.error(Code.OBSERVABLE, call, "%s", notHermitian.getMessage());
          }
        case "plus":
          return self.plus(pauli(call, args.get(0)));
        case "minus":
          return self.plus(pauli(call, args.get(0)).scale(-1));
        case "scale": {
          Object c = args.get(0);
          Expr e = Operators.isNumber(c) ? Operators.toExpr(c) : null;
          if (e instanceof Expr.Constant) {
            double coefficient = ((Expr.Constant) e).value();
            if (!Double.isFinite(coefficient)) {
              throw ev.error(Code.OBSERVABLE, call, "an observable's coefficient is %s; "
                  + "coefficients must be finite", coefficient);
            }
            return self.scale(coefficient);
          }
          throw ev.error(Code.CONSTANT, call, "an observable's coefficient must be a compile-time "
              + "constant, not `%s`", call.getArguments().get(0));
        }
        default:
          break;
      }
    }
    throw ev.error(Code.UNSUPPORTED, call, "`%s` is not supported in an observable; use "
        + "p.x/y/z(wire), p.identity(), p.parse(\"...\"), times, plus, minus and scale", call);
  }

  private PauliTerms pauli(Tree call, Object v) {
    if (v instanceof PauliTerms) {
      return (PauliTerms) v;
    }
    throw ev.error(Code.UNSUPPORTED, call, "`%s` needs a Pauli built from p", call);
  }

  private int wire(Tree call, Tree arg, Object v) {
    if (!(v instanceof Integer)) {
      throw ev.error(Code.CONSTANT, arg, "an observable's wire must be a compile-time int");
    }
    int w = (Integer) v;
    checkWire(arg, w);
    return w;
  }

  private void checkWire(Tree at, int w) {
    int n = ev.qubits();
    if (w < 0 || w >= n) {
      throw ev.error(Code.OBSERVABLE, at, "observable on wire %d, but the model has %d qubits "
          + "(wires 0..%d)", w, n, n - 1);
    }
  }

  /** Parses text with the runtime's grammar, the shared {@link PauliText}. */
  private PauliTerms parse(Tree call, String text) {
    PauliPolynomial value;
    try {
      value = PauliText.parseSum(text);
    } catch (PauliTextException e) {
      throw ev.error(Code.OBSERVABLE, call, "%s", e.getMessage());
    }
    for (PauliPolynomial.Term t : value.terms()) {
      for (int w : t.word().wires()) {
        checkWire(call, w);
      }
    }
    return PauliTerms.of(value);
  }
}
