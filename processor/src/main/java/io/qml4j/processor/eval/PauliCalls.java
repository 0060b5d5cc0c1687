package io.qml4j.processor.eval;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.PauliTerms;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;

/** Calls on {@code Paulis} and {@code Pauli} inside an observable method. */
final class PauliCalls {
  private static final Pattern TERM = Pattern.compile(
      "\\s*([+-])?\\s*((?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)?\\s*\\*?\\s*"
          + "((?:[XYZI]\\s*\\d+\\s*)*)");
  private static final Pattern LETTER = Pattern.compile("([XYZI])\\s*(\\d+)");

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
          return self.times(pauli(call, args.get(0)));
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

  /** Parses "0.5 Z0 Z1 - 0.2 X0 + 1.1", the format of Paulis.parse. */
  private PauliTerms parse(Tree call, String text) {
    String rest = text.trim().toUpperCase(java.util.Locale.ROOT);
    PauliTerms sum = PauliTerms.constant(0);
    Matcher t = TERM.matcher(rest);
    int at = 0;
    boolean first = true;
    while (at < rest.length()) {
      if (!t.find(at) || t.start() != at || t.end() == at
          || !first && t.group(1) == null) {
        throw ev.error(Code.OBSERVABLE, call, "cannot parse \"%s\" at \"%s\"; expected terms "
            + "like 0.5 Z0 Z1 separated by + or -", text, rest.substring(at));
      }
      double c = t.group(2) == null ? 1 : Double.parseDouble(t.group(2));
      if ("-".equals(t.group(1))) {
        c = -c;
      }
      PauliTerms term = PauliTerms.constant(c);
      Matcher l = LETTER.matcher(t.group(3));
      while (l.find()) {
        int w = Integer.parseInt(l.group(2));
        checkWire(call, w);
        if (!l.group(1).equals("I")) {
          term = term.times(PauliTerms.single(l.group(1).charAt(0), w));
        }
      }
      if (t.group(2) == null && t.group(3).isBlank()) {
        throw ev.error(Code.OBSERVABLE, call, "cannot parse \"%s\": empty term", text);
      }
      sum = sum.plus(term);
      at = t.end();
      first = false;
    }
    return sum;
  }
}
