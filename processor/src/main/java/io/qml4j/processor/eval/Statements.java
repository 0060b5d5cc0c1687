package io.qml4j.processor.eval;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import io.qml4j.processor.ir.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Statement interpretation: runs a method body (locals, ifs, loops, breaks, returns) and binds a
 * called method's parameters, converting arguments and results to their declared types as Java
 * does. Loops count against the evaluator's iteration budget.
 */
final class Statements {
  private final Evaluator ev;
  private final Deque<ExecutableElement> callStack = new ArrayDeque<>();

  Statements(Evaluator ev) {
    this.ev = ev;
  }

  private enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

  /** A method's frame: its outermost scope, and the value a return statement left. */
  private static final class Frame {
    Object returned;
  }

  private Frame frame;

  /**
   * Runs a method with already evaluated arguments (varargs not yet packed) and returns its
   * result converted to its return type, or null for void.
   */
  Object invoke(ExecutableElement method, List<Object> args, Tree callTree) {
    if (callStack.contains(method)) {
      List<String> cycle = new ArrayList<>();
      boolean in = false;
      for (ExecutableElement e : (Iterable<ExecutableElement>) callStack::descendingIterator) {
        in |= e.equals(method);
        if (in) {
          cycle.add(e.getSimpleName().toString());
        }
      }
      cycle.add(method.getSimpleName().toString());
      throw ev.error(Code.RECURSION, callTree, "recursive call: %s; circuit methods are unrolled "
          + "at compile time, so they must not call themselves, directly or through others",
          String.join(" -> ", cycle));
    }
    TreePath path = ev.trees().getPath(method);
    MethodTree tree = path == null ? null : (MethodTree) path.getLeaf();
    if (tree == null || tree.getBody() == null) {
      throw ev.error(Code.UNSUPPORTED, callTree, "cannot read the body of `%s`: a circuit may "
          + "call only static methods whose source is compiled with the model",
          method.getSimpleName());
    }
    List<? extends VariableElement> params = method.getParameters();
    return ev.within(method, path, callStack.isEmpty() ? method : null, () -> {
      Frame saved = frame;
      frame = new Frame();
      callStack.push(method);
      try {
        Scope scope = new Scope(null);
        for (int i = 0; i < params.size(); i++) {
          VariableElement p = params.get(i);
          ValueType type = ValueType.of(p.asType());
          scope.declare(p.getSimpleName().toString(), type,
              ev.expressions.convert(type, args.get(i), callTree));
        }
        Flow flow = exec(tree.getBody(), scope);
        return flow == Flow.RETURN && frame.returned != null ? ev.expressions.convert(
            ValueType.of(method.getReturnType()), frame.returned, callTree) : null;
      } finally {
        callStack.pop();
        frame = saved;
      }
    });
  }

  /** Runs a static initializer block of a class. */
  void initializer(BlockTree block) {
    Frame saved = frame;
    frame = new Frame();
    try {
      exec(block, new Scope(null));
    } finally {
      frame = saved;
    }
  }

  private Flow exec(StatementTree s, Scope scope) {
    switch (s.getKind()) {
      case BLOCK: {
        Scope inner = new Scope(scope);
        for (StatementTree t : ((BlockTree) s).getStatements()) {
          Flow f = exec(t, inner);
          if (f != Flow.NORMAL) {
            return f;
          }
        }
        return Flow.NORMAL;
      }
      case EMPTY_STATEMENT:
        return Flow.NORMAL;
      case VARIABLE:
        declare((VariableTree) s, scope);
        return Flow.NORMAL;
      case EXPRESSION_STATEMENT:
        ev.expressions.eval(((ExpressionStatementTree) s).getExpression(), scope);
        return Flow.NORMAL;
      case IF: {
        IfTree t = (IfTree) s;
        if (condition(t.getCondition(), scope, "if condition")) {
          return exec(t.getThenStatement(), scope);
        }
        return t.getElseStatement() == null ? Flow.NORMAL : exec(t.getElseStatement(), scope);
      }
      case FOR_LOOP:
        return forLoop((ForLoopTree) s, scope);
      case WHILE_LOOP: {
        WhileLoopTree t = (WhileLoopTree) s;
        while (condition(t.getCondition(), scope, "loop condition")) {
          ev.countIteration(t);
          Flow f = exec(t.getStatement(), scope);
          if (f == Flow.BREAK || f == Flow.RETURN) {
            return f == Flow.RETURN ? f : Flow.NORMAL;
          }
        }
        return Flow.NORMAL;
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree t = (DoWhileLoopTree) s;
        do {
          ev.countIteration(t);
          Flow f = exec(t.getStatement(), scope);
          if (f == Flow.BREAK || f == Flow.RETURN) {
            return f == Flow.RETURN ? f : Flow.NORMAL;
          }
        } while (condition(t.getCondition(), scope, "loop condition"));
        return Flow.NORMAL;
      }
      case ENHANCED_FOR_LOOP:
        return forEach((EnhancedForLoopTree) s, scope);
      case BREAK:
        if (((BreakTree) s).getLabel() != null) {
          throw unsupported(s, "a labelled break");
        }
        return Flow.BREAK;
      case CONTINUE:
        if (((ContinueTree) s).getLabel() != null) {
          throw unsupported(s, "a labelled continue");
        }
        return Flow.CONTINUE;
      case RETURN: {
        ReturnTree r = (ReturnTree) s;
        frame.returned = r.getExpression() == null ? null
            : ev.expressions.eval(r.getExpression(), scope);
        return Flow.RETURN;
      }
      default:
        throw unsupported(s, describe(s.getKind()));
    }
  }

  private void declare(VariableTree v, Scope scope) {
    ValueType type = ev.expressions.declaredType(v);
    Object value = v.getInitializer() == null ? null
        : ev.expressions.eval(v.getInitializer(), scope);
    scope.declare(v.getName().toString(), type,
        value == null ? null : ev.expressions.convert(type, value, v.getInitializer()));
  }

  private Flow forLoop(ForLoopTree t, Scope scope) {
    Scope loop = new Scope(scope);
    t.getInitializer().forEach(i -> exec(i, loop));
    while (t.getCondition() == null || condition(t.getCondition(), loop, "loop condition")) {
      ev.countIteration(t);
      Flow f = exec(t.getStatement(), loop);
      if (f == Flow.BREAK || f == Flow.RETURN) {
        return f == Flow.RETURN ? f : Flow.NORMAL;
      }
      t.getUpdate().forEach(u -> ev.expressions.eval(u.getExpression(), loop));
    }
    return Flow.NORMAL;
  }

  private Flow forEach(EnhancedForLoopTree t, Scope scope) {
    Object array = ev.expressions.eval(t.getExpression(), scope);
    if (!(array instanceof ArrayValue)) {
      throw ev.error(Code.UNSUPPORTED, t.getExpression(), "a for-each loop may only run over a "
          + "compile-time array such as a static final int[][] edge list, not `%s`",
          t.getExpression());
    }
    ValueType type = ev.expressions.declaredType(t.getVariable());
    for (Object element : ((ArrayValue) array).elements) {
      ev.countIteration(t);
      Scope loop = new Scope(scope);
      loop.declare(t.getVariable().getName().toString(), type,
          ev.expressions.convert(type, element, t));
      Flow f = exec(t.getStatement(), loop);
      if (f == Flow.BREAK || f == Flow.RETURN) {
        return f == Flow.RETURN ? f : Flow.NORMAL;
      }
    }
    return Flow.NORMAL;
  }

  /** A condition's compile-time value. */
  boolean condition(ExpressionTree cond, Scope scope, String what) {
    Object v = ev.expressions.eval(cond, scope);
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    // v is Operators.UNDECIDED: a comparison of values that depend on theta or x.
    throw ev.error(Code.CONSTANT, cond, "%s `%s` is not a compile-time constant; loop bounds and "
        + "conditions may use literals, int locals, static final constants and q.qubits(), "
        + "not theta or x", what, cond instanceof ParenthesizedTree
        ? ((ParenthesizedTree) cond).getExpression() : cond);
  }

  Abort unsupported(Tree t, String what) {
    return ev.error(Code.UNSUPPORTED, t, "%s is not supported in a circuit method; allowed: "
        + "numeric, boolean and String locals, for/while/do loops and ifs with compile-time "
        + "conditions, arithmetic, Math functions, static final constants, gates and templates of "
        + "Q, and calls to other static methods of the model", what);
  }

  private static String describe(Tree.Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "a " + name.replace(" statement", "") + " statement";
  }
}
