package io.qml4j.processor.eval;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.NormalisedFeatures;
import io.qml4j.processor.ir.PauliTerms;
import io.qml4j.processor.ir.Site;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Evaluates the body of an annotated method symbolically, statement by statement, over javac's
 * trees: ints, booleans and strings are computed, doubles become {@link Expr}s of {@code theta} and
 * {@code x}, calls to {@code Q} append gates. Problems are recorded as {@link Diagnostic}s at the
 * offending tree; evaluation goes on where the rest stays meaningful and stops the method where it
 * would not.
 */
public final class Evaluator {
  /** Iterations over all loops of one model before evaluation gives up: a loop that never ends. */
  static final long LOOP_LIMIT = 10_000_000L;
  private static final int EXCERPT = 48;
  private static final Set<String> DSL_OWNERS = Set.of("io.qml4j.dsl.Q", "io.qml4j.dsl.Paulis",
      "io.qml4j.dsl.Pauli", "java.lang.Math", "java.lang.StrictMath");

  private final Trees trees;
  private final List<Diagnostic> diagnostics;
  private final int qubits;
  private final int gateBudget;
  private final Map<Element, ElementIndex> indexes = new HashMap<>();
  private final Map<VariableElement, Object> fieldValues = new HashMap<>();
  private final Deque<ExecutableElement> callStack = new ArrayDeque<>();
  private final Set<String> reported = new HashSet<>();
  private final QCalls qCalls = new QCalls(this);
  private final PauliCalls pauliCalls = new PauliCalls(this);
  private List<GateOp> gates;
  private List<NormalisedFeatures> normalised = new ArrayList<>();
  private ElementIndex index;
  private Element current;
  private Tree topCall;
  private long iterations;
  private long totalGates;

  /**
   * An evaluator for one model.
   *
   * @param trees javac's trees
   * @param diagnostics where problems go
   * @param qubits the model's wire count
   * @param gateBudget the most gates the model may have
   */
  public Evaluator(Trees trees, List<Diagnostic> diagnostics, int qubits, int gateBudget) {
    this.trees = trees;
    this.diagnostics = diagnostics;
    this.qubits = qubits;
    this.gateBudget = gateBudget;
  }

  /**
   * Evaluates a circuit method {@code (Q q, double[] ...)}. The array parameters are bound in order
   * to {@code arrays}.
   *
   * @return the gates, or null if evaluation stopped at an error
   */
  public List<GateOp> circuit(ExecutableElement method, List<SymbolicArray> arrays) {
    gates = new ArrayList<>();
    normalised = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    args.add(Handle.Q);
    args.addAll(arrays);
    try {
      invoke(method, args, null);
      return gates;
    } catch (Abort stopped) {
      return null;
    }
  }

  /**
   * Evaluates an observable method {@code Pauli name(Paulis p)}.
   *
   * @return its value, or null after an error
   */
  public PauliTerms observable(ExecutableElement method) {
    gates = new ArrayList<>();
    try {
      Object value = invoke(method, List.of(Handle.PAULIS), null);
      if (!(value instanceof PauliTerms)) {
        report(Diagnostic.error(Code.UNSUPPORTED, Site.of(method), String.format(Locale.ROOT,
            "observable `%s` does not return a Pauli built from its Paulis argument",
            method.getSimpleName())));
        return null;
      }
      PauliTerms terms = (PauliTerms) value;
      if (!terms.isHermitian()) {
        report(Diagnostic.error(Code.OBSERVABLE, Site.of(method), String.format(Locale.ROOT,
            "observable `%s` is not Hermitian: a product of Paulis on the same wire left an "
                + "imaginary coefficient; an observable must be a real-weighted sum of Pauli "
                + "strings", method.getSimpleName())));
        return null;
      }
      return terms;
    } catch (Abort stopped) {
      return null;
    }
  }

  /**
   * The features that the last evaluated circuit normalises and whose values depend on the
   * arguments, for the generated code to check.
   */
  public List<NormalisedFeatures> normalisedFeatures() {
    return List.copyOf(normalised);
  }

  // ---- shared with QCalls and PauliCalls ----

  int qubits() {
    return qubits;
  }

  /** Records an error at a tree (or the current element) and returns an Abort to throw if fatal. */
  Abort error(Code code, Tree tree, String format, Object... args) {
    report(Diagnostic.error(code, site(tree), String.format(Locale.ROOT, format, args)));
    return new Abort();
  }

  void report(Diagnostic d) {
    Site s = d.site();
    String key = d.code() + "|" + d.message() + "|" + System.identityHashCode(s.tree());
    if (reported.add(key)) {
      diagnostics.add(d);
    }
  }

  Site site(Tree tree) {
    if (tree == null || index == null) {
      return Site.of(current);
    }
    long pos = trees.getSourcePositions().getStartPosition(index.unit(), tree);
    long line = pos < 0 ? 0 : index.unit().getLineMap().getLineNumber(pos);
    String text = tree.toString().replaceAll("\\s+", " ");
    if (text.length() > EXCERPT) {
      text = text.substring(0, EXCERPT - 3) + "...";
    }
    return new Site(current, tree, index.unit(), line, text);
  }

  /** The site that gates get: the call in the annotated method's own body where there is one. */
  Site gateSite(Tree call) {
    return site(call);
  }

  void addNormalised(NormalisedFeatures features) {
    normalised.add(features);
  }

  void addGate(GateOp op) {
    // The budget covers the whole model: feature map and ansatz together.
    if (++totalGates > gateBudget) {
      throw error(Code.BUDGET, null, "the circuit has more than %d gates, the model's gate budget; "
          + "raise @QuantumModel(gateBudget = ...) or use fewer layers", gateBudget);
    }
    gates.add(op);
  }

  // ---- methods ----

  private Object invoke(ExecutableElement method, List<Object> args, Tree callTree) {
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
      throw error(Code.RECURSION, callTree, "recursive call: %s; circuit methods are unrolled at "
          + "compile time, so they must not call themselves, directly or through others",
          String.join(" -> ", cycle));
    }
    TreePath path = trees.getPath(method);
    MethodTree tree = path == null ? null : (MethodTree) path.getLeaf();
    if (tree == null || tree.getBody() == null) {
      throw error(Code.UNSUPPORTED, callTree, "cannot read the body of `%s`: a circuit may call "
          + "only static methods whose source is compiled with the model", method.getSimpleName());
    }
    ElementIndex savedIndex = index;
    Element savedCurrent = current;
    index = indexes.computeIfAbsent(method, m -> new ElementIndex(trees, path));
    current = callStack.isEmpty() ? method : current;
    callStack.push(method);
    try {
      Scope scope = new Scope(null);
      List<? extends VariableElement> params = method.getParameters();
      for (int i = 0; i < params.size(); i++) {
        VariableElement p = params.get(i);
        scope.declare(p.getSimpleName().toString(), VarType.of(p.asType()),
            coerce(VarType.of(p.asType()), args.get(i), callTree));
      }
      Flow flow = exec(tree.getBody(), scope);
      return flow == Flow.RETURN ? scope.returned : null;
    } finally {
      callStack.pop();
      index = savedIndex;
      current = savedCurrent;
    }
  }

  // ---- statements ----

  private enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

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
      case VARIABLE: {
        VariableTree v = (VariableTree) s;
        VarType type = VarType.of(v.getType());
        Object value = v.getInitializer() == null ? null : eval(v.getInitializer(), scope);
        scope.declare(v.getName().toString(), type,
            value == null ? null : coerce(type, value, v.getInitializer()));
        return Flow.NORMAL;
      }
      case EXPRESSION_STATEMENT:
        eval(((ExpressionStatementTree) s).getExpression(), scope);
        return Flow.NORMAL;
      case IF: {
        IfTree t = (IfTree) s;
        if (condition(t.getCondition(), scope, "if condition")) {
          return exec(t.getThenStatement(), scope);
        }
        return t.getElseStatement() == null ? Flow.NORMAL : exec(t.getElseStatement(), scope);
      }
      case FOR_LOOP: {
        ForLoopTree t = (ForLoopTree) s;
        Scope loop = new Scope(scope);
        t.getInitializer().forEach(i -> exec(i, loop));
        while (t.getCondition() == null || condition(t.getCondition(), loop, "loop condition")) {
          count(t);
          Flow f = exec(t.getStatement(), loop);
          if (f == Flow.BREAK) {
            break;
          }
          if (f == Flow.RETURN) {
            return f;
          }
          t.getUpdate().forEach(u -> eval(u.getExpression(), loop));
        }
        return Flow.NORMAL;
      }
      case WHILE_LOOP: {
        WhileLoopTree t = (WhileLoopTree) s;
        while (condition(t.getCondition(), scope, "loop condition")) {
          count(t);
          Flow f = exec(t.getStatement(), scope);
          if (f == Flow.BREAK) {
            break;
          }
          if (f == Flow.RETURN) {
            return f;
          }
        }
        return Flow.NORMAL;
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree t = (DoWhileLoopTree) s;
        do {
          count(t);
          Flow f = exec(t.getStatement(), scope);
          if (f == Flow.BREAK) {
            break;
          }
          if (f == Flow.RETURN) {
            return f;
          }
        } while (condition(t.getCondition(), scope, "loop condition"));
        return Flow.NORMAL;
      }
      case ENHANCED_FOR_LOOP: {
        EnhancedForLoopTree t = (EnhancedForLoopTree) s;
        Object array = eval(t.getExpression(), scope);
        if (!(array instanceof ArrayValue)) {
          throw error(Code.UNSUPPORTED, t.getExpression(), "a for-each loop may only run over a "
              + "compile-time array such as a static final int[][] edge list, not `%s`",
              t.getExpression());
        }
        VarType type = VarType.of(t.getVariable().getType());
        for (Object element : ((ArrayValue) array).elements) {
          count(t);
          Scope loop = new Scope(scope);
          loop.declare(t.getVariable().getName().toString(), type, coerce(type, element, t));
          Flow f = exec(t.getStatement(), loop);
          if (f == Flow.BREAK) {
            break;
          }
          if (f == Flow.RETURN) {
            return f;
          }
        }
        return Flow.NORMAL;
      }
      case BREAK:
        if (((com.sun.source.tree.BreakTree) s).getLabel() != null) {
          throw unsupported(s, "a labelled break");
        }
        return Flow.BREAK;
      case CONTINUE:
        if (((com.sun.source.tree.ContinueTree) s).getLabel() != null) {
          throw unsupported(s, "a labelled continue");
        }
        return Flow.CONTINUE;
      case RETURN: {
        ReturnTree r = (ReturnTree) s;
        Scope top = scope;
        while (top.parent != null) {
          top = top.parent;
        }
        top.returned = r.getExpression() == null ? null : eval(r.getExpression(), scope);
        return Flow.RETURN;
      }
      default:
        throw unsupported(s, describe(s.getKind()));
    }
  }

  private void count(Tree loop) {
    if (++iterations > LOOP_LIMIT) {
      throw error(Code.BUDGET, loop, "loops ran more than %,d iterations; a circuit loop must "
          + "end after a compile-time number of steps", LOOP_LIMIT);
    }
  }

  private Abort unsupported(Tree t, String what) {
    return error(Code.UNSUPPORTED, t, "%s is not supported in a circuit method; allowed: int, "
        + "double and boolean locals, for/while/do loops and ifs with compile-time conditions, "
        + "arithmetic, Math functions, static final constants, gates and templates of Q, and calls "
        + "to other static methods of the model", what);
  }

  private static String describe(Tree.Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "a " + name.replace(" statement", "") + " statement";
  }

  private boolean condition(ExpressionTree cond, Scope scope, String what) {
    Object v = eval(cond, scope);
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    // v is Operators.UNDECIDED: a comparison of values that depend on theta or x.
    throw error(Code.CONSTANT, cond, "%s `%s` is not a compile-time constant; loop bounds and "
        + "conditions may use literals, int locals, static final constants and q.qubits(), "
        + "not theta or x", what, cond instanceof ParenthesizedTree
        ? ((ParenthesizedTree) cond).getExpression() : cond);
  }

  // ---- expressions ----

  Object eval(ExpressionTree e, Scope scope) {
    switch (e.getKind()) {
      case PARENTHESIZED:
        return eval(((ParenthesizedTree) e).getExpression(), scope);
      case INT_LITERAL:
      case BOOLEAN_LITERAL:
      case STRING_LITERAL:
        return ((LiteralTree) e).getValue();
      case CHAR_LITERAL:
        return (int) (Character) ((LiteralTree) e).getValue();
      case DOUBLE_LITERAL:
      case FLOAT_LITERAL:
        return Expr.constant(((Number) ((LiteralTree) e).getValue()).doubleValue());
      case IDENTIFIER:
        return identifier((IdentifierTree) e, scope);
      case MEMBER_SELECT:
        return memberSelect((MemberSelectTree) e, scope);
      case ARRAY_ACCESS:
        return arrayAccess((ArrayAccessTree) e, scope);
      case METHOD_INVOCATION:
        return call((MethodInvocationTree) e, scope);
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        return condition(c.getCondition(), scope, "condition")
            ? eval(c.getTrueExpression(), scope) : eval(c.getFalseExpression(), scope);
      }
      case TYPE_CAST: {
        TypeCastTree c = (TypeCastTree) e;
        return coerce(VarType.of(c.getType()), eval(c.getExpression(), scope), c);
      }
      case NEW_ARRAY:
        return newArray((NewArrayTree) e, scope);
      case ASSIGNMENT: {
        AssignmentTree a = (AssignmentTree) e;
        return assign(a.getVariable(), eval(a.getExpression(), scope), scope);
      }
      default:
        break;
    }
    if (e instanceof CompoundAssignmentTree) {
      CompoundAssignmentTree a = (CompoundAssignmentTree) e;
      Object result = Operators.binary(this, a, binaryKind(a.getKind()),
          eval(a.getVariable(), scope), eval(a.getExpression(), scope));
      return assign(a.getVariable(), result, scope);
    }
    if (e instanceof UnaryTree) {
      return unary((UnaryTree) e, scope);
    }
    if (e instanceof BinaryTree) {
      BinaryTree b = (BinaryTree) e;
      if (b.getKind() == Tree.Kind.CONDITIONAL_AND || b.getKind() == Tree.Kind.CONDITIONAL_OR) {
        boolean left = condition(b.getLeftOperand(), scope, "condition");
        if (left == (b.getKind() == Tree.Kind.CONDITIONAL_OR)) {
          return left;
        }
        return condition(b.getRightOperand(), scope, "condition");
      }
      return Operators.binary(this, b, b.getKind(), eval(b.getLeftOperand(), scope),
          eval(b.getRightOperand(), scope));
    }
    throw unsupported(e, "the expression `" + e + "`");
  }

  private static Tree.Kind binaryKind(Tree.Kind compound) {
    switch (compound) {
      case PLUS_ASSIGNMENT: return Tree.Kind.PLUS;
      case MINUS_ASSIGNMENT: return Tree.Kind.MINUS;
      case MULTIPLY_ASSIGNMENT: return Tree.Kind.MULTIPLY;
      case DIVIDE_ASSIGNMENT: return Tree.Kind.DIVIDE;
      case REMAINDER_ASSIGNMENT: return Tree.Kind.REMAINDER;
      case LEFT_SHIFT_ASSIGNMENT: return Tree.Kind.LEFT_SHIFT;
      case RIGHT_SHIFT_ASSIGNMENT: return Tree.Kind.RIGHT_SHIFT;
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT: return Tree.Kind.UNSIGNED_RIGHT_SHIFT;
      case AND_ASSIGNMENT: return Tree.Kind.AND;
      case OR_ASSIGNMENT: return Tree.Kind.OR;
      default: return Tree.Kind.XOR;
    }
  }

  private Object unary(UnaryTree u, Scope scope) {
    switch (u.getKind()) {
      case PREFIX_INCREMENT:
      case POSTFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_DECREMENT: {
        Object old = eval(u.getExpression(), scope);
        boolean up = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.POSTFIX_INCREMENT;
        Object updated = Operators.binary(this, u, up ? Tree.Kind.PLUS : Tree.Kind.MINUS, old, 1);
        assign(u.getExpression(), updated, scope);
        boolean prefix = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.PREFIX_DECREMENT;
        return prefix ? updated : old;
      }
      default:
        return Operators.unary(this, u, eval(u.getExpression(), scope));
    }
  }

  private Object assign(ExpressionTree target, Object value, Scope scope) {
    if (target instanceof IdentifierTree) {
      String name = ((IdentifierTree) target).getName().toString();
      Scope.Var v = scope.lookup(name);
      if (v == null) {
        throw error(Code.UNSUPPORTED, target, "assignment to `%s`, which is not a local of the "
            + "method; a circuit may assign only its own locals", name);
      }
      v.value = coerce(v.type, value, target);
      return v.value;
    }
    if (target instanceof ArrayAccessTree) {
      ArrayAccessTree a = (ArrayAccessTree) target;
      Object array = eval(a.getExpression(), scope);
      if (array instanceof SymbolicArray) {
        throw error(Code.UNSUPPORTED, target, "`%s` writes to %s, which are read-only in a "
            + "circuit method", target, ((SymbolicArray) array).name());
      }
      int i = intIndex(a, array, eval(a.getIndex(), scope));
      ((ArrayValue) array).elements[i] = value;
      return value;
    }
    throw unsupported(target, "assignment to `" + target + "`");
  }

  private Object identifier(IdentifierTree id, Scope scope) {
    Scope.Var v = scope.lookup(id.getName().toString());
    if (v != null) {
      if (v.value == null) {
        throw error(Code.CONSTANT, id, "`%s` is read before it is assigned", id);
      }
      return v.value;
    }
    return field(id, index.get(id));
  }

  private Object memberSelect(MemberSelectTree m, Scope scope) {
    Element e = index.get(m);
    // An array's length is the one "length" javac attributes to no static field.
    if (m.getIdentifier().contentEquals("length")
        && (e == null || !e.getModifiers().contains(Modifier.STATIC))) {
      Object array = eval(m.getExpression(), scope);
      if (array instanceof ArrayValue) {
        return ((ArrayValue) array).elements.length;
      }
      if (array instanceof SymbolicArray) {
        SymbolicArray s = (SymbolicArray) array;
        if (s.length() < 0) {
          throw error(Code.CONSTANT, m, "`%s` is not known at compile time: declare the number "
              + "of %s, e.g. %s", m, s.describe(), s.source() == Expr.Source.THETA
              ? "@Ansatz(qubits = ..., params = N)" : "@FeatureMap(qubits = ..., inputs = N)");
        }
        return s.length();
      }
    }
    return field(m, e);
  }

  private Object field(ExpressionTree tree, Element e) {
    if (!(e instanceof VariableElement) || e.getKind() != ElementKind.FIELD
        && e.getKind() != ElementKind.ENUM_CONSTANT) {
      throw error(Code.UNSUPPORTED, tree, "`%s` cannot be evaluated at compile time; a circuit "
          + "reads its parameters, its locals and static final constants", tree);
    }
    VariableElement f = (VariableElement) e;
    Object constant = f.getConstantValue();
    if (constant != null) {
      return fromConstant(constant, tree);
    }
    if (!f.getModifiers().contains(Modifier.STATIC) || !f.getModifiers().contains(Modifier.FINAL)) {
      throw error(Code.CONSTANT, tree, "`%s` is not a compile-time constant: a circuit may read "
          + "static final fields only", tree);
    }
    if (!fieldValues.containsKey(f)) {
      fieldValues.put(f, fieldInitializer(f, tree));
    }
    Object value = fieldValues.get(f);
    return value instanceof ArrayValue ? ((ArrayValue) value).deepCopy() : value;
  }

  private Object fieldInitializer(VariableElement f, ExpressionTree use) {
    TreePath path = trees.getPath(f);
    if (path == null || !(path.getLeaf() instanceof VariableTree)
        || ((VariableTree) path.getLeaf()).getInitializer() == null) {
      throw error(Code.CONSTANT, use, "`%s` has no initializer the processor can read: a circuit "
          + "may read static final fields initialised in source compiled with the model", use);
    }
    VariableTree v = (VariableTree) path.getLeaf();
    ElementIndex saved = index;
    index = indexes.computeIfAbsent(f, x -> new ElementIndex(trees, path));
    try {
      return coerce(VarType.of(f.asType()), eval(v.getInitializer(), new Scope(null)), use);
    } finally {
      index = saved;
    }
  }

  private Object fromConstant(Object c, Tree tree) {
    if (c instanceof Integer || c instanceof Short || c instanceof Byte) {
      return ((Number) c).intValue();
    }
    if (c instanceof Character) {
      return (int) (Character) c;
    }
    if (c instanceof Double || c instanceof Float) {
      return Expr.constant(((Number) c).doubleValue());
    }
    if (c instanceof Boolean || c instanceof String) {
      return c;
    }
    throw error(Code.UNSUPPORTED, tree, "the %s constant `%s` is not supported; use int or double",
        c.getClass().getSimpleName(), tree);
  }

  private Object arrayAccess(ArrayAccessTree a, Scope scope) {
    Object array = eval(a.getExpression(), scope);
    ExpressionTree indexTree = a.getIndex();
    while (indexTree instanceof ParenthesizedTree) {
      indexTree = ((ParenthesizedTree) indexTree).getExpression();
    }
    // javac types every index as int, so a symbolic index can only arrive through a cast.
    Object idx = indexTree instanceof TypeCastTree
        ? eval(((TypeCastTree) indexTree).getExpression(), scope) : eval(indexTree, scope);
    if (idx instanceof Expr.Constant) {
      idx = (int) ((Expr.Constant) idx).value();
    }
    if (array instanceof SymbolicArray) {
      SymbolicArray s = (SymbolicArray) array;
      if (!(idx instanceof Integer)) {
        throw error(Code.INDEX, a, "`%s` reads %s at an index that is not a compile-time "
            + "constant; an index may depend on loop variables and constants, not on theta or x",
            a, s.name());
      }
      return read(s, (Integer) idx, a);
    }
    int i = intIndex(a, array, idx);
    return ((ArrayValue) array).elements[i];
  }

  /** Reads x[i] or theta[i], checking the declared size. */
  Expr read(SymbolicArray s, int i, Tree tree) {
    if (i < 0 || s.length() >= 0 && i >= s.length()) {
      String range = s.length() > 0 ? String.format(Locale.ROOT, " (%s[0..%d])", s.name(),
          s.length() - 1) : "";
      error(Code.INDEX, tree, "%s[%d] is out of range: the model declares %d %s%s", s.name(), i,
          s.length() < 0 ? 0 : s.length(), s.describe(), range);
      return Expr.ZERO;
    }
    return s.source() == Expr.Source.THETA ? Expr.theta(i) : Expr.input(i);
  }

  private int intIndex(ArrayAccessTree a, Object array, Object idx) {
    if (!(array instanceof ArrayValue)) {
      throw unsupported(a, "indexing `" + a.getExpression() + "`");
    }
    if (!(idx instanceof Integer)) {
      throw error(Code.INDEX, a, "`%s` uses an index that is not a compile-time constant", a);
    }
    int i = (Integer) idx;
    int length = ((ArrayValue) array).elements.length;
    if (i < 0 || i >= length) {
      throw error(Code.INDEX, a, "index %d is out of range for `%s` of length %d", i,
          a.getExpression(), length);
    }
    return i;
  }

  private Object newArray(NewArrayTree n, Scope scope) {
    if (n.getInitializers() != null) {
      Object[] elements = new Object[n.getInitializers().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = eval(n.getInitializers().get(i), scope);
      }
      return new ArrayValue(elements);
    }
    if (n.getDimensions().size() != 1) {
      throw unsupported(n, "a multi-dimensional `new` without initializer");
    }
    Object size = eval(n.getDimensions().get(0), scope);
    if (!(size instanceof Integer) || (Integer) size < 0) {
      throw error(Code.CONSTANT, n, "array size `%s` must be a non-negative compile-time int", n);
    }
    VarType type = VarType.of(n.getType());
    Object zero = type == VarType.INT ? 0 : type == VarType.BOOLEAN ? false
        : type == VarType.DOUBLE ? Expr.ZERO : null;
    Object[] elements = new Object[(Integer) size];
    java.util.Arrays.fill(elements, zero);
    return new ArrayValue(elements);
  }

  private Object call(MethodInvocationTree call, Scope scope) {
    Element e = index.get(call.getMethodSelect());
    if (!(e instanceof ExecutableElement)) {
      throw unsupported(call, "the call `" + call + "`");
    }
    ExecutableElement m = (ExecutableElement) e;
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    String ownerName = owner.getQualifiedName().toString();
    if (!DSL_OWNERS.contains(ownerName) && !m.getModifiers().contains(Modifier.STATIC)) {
      throw error(Code.UNSUPPORTED, call, "the call `%s` is not supported in a circuit method; "
          + "a circuit calls the gates and templates of Q, Math functions, and static methods "
          + "compiled with the model", call);
    }
    List<Object> args = new ArrayList<>();
    for (ExpressionTree a : call.getArguments()) {
      args.add(eval(a, scope));
    }
    Object receiver = null;
    if (call.getMethodSelect() instanceof MemberSelectTree
        && !m.getModifiers().contains(Modifier.STATIC)) {
      receiver = eval(((MemberSelectTree) call.getMethodSelect()).getExpression(), scope);
    }
    switch (ownerName) {
      case "io.qml4j.dsl.Q":
        return qCalls.call(call, m, args);
      case "io.qml4j.dsl.Paulis":
      case "io.qml4j.dsl.Pauli":
        return pauliCalls.call(call, m, receiver, args);
      case "java.lang.Math":
      case "java.lang.StrictMath":
        return Operators.math(this, call, m.getSimpleName().toString(), args);
      default:
        break;
    }
    if (!m.getModifiers().contains(Modifier.STATIC)) {
      throw unsupported(call, "the call `" + call + "`");
    }
    return invoke(m, args, call);
  }

  /** Converts a value to a declared type as Java's assignment conversion would. */
  Object coerce(VarType type, Object value, Tree tree) {
    if (type == VarType.DOUBLE && value instanceof Integer) {
      return Expr.constant((Integer) value);
    }
    if (type == VarType.INT && value instanceof Expr) {
      if (value instanceof Expr.Constant) {
        return (int) ((Expr.Constant) value).value();
      }
      throw error(Code.CONSTANT, tree, "`%s` is converted to int but depends on theta or x; an int "
          + "must be a compile-time constant", tree);
    }
    return value;
  }

  /** Java types a circuit's locals may have. */
  enum VarType {
    INT, DOUBLE, BOOLEAN, OTHER;

    static VarType of(Tree type) {
      if (type instanceof PrimitiveTypeTree) {
        TypeKind k = ((PrimitiveTypeTree) type).getPrimitiveTypeKind();
        return k == TypeKind.DOUBLE || k == TypeKind.FLOAT ? DOUBLE
            : k == TypeKind.BOOLEAN ? BOOLEAN : INT;
      }
      return type instanceof ArrayTypeTree ? OTHER : OTHER;
    }

    static VarType of(TypeMirror type) {
      switch (type.getKind()) {
        case DOUBLE:
        case FLOAT:
          return DOUBLE;
        case BOOLEAN:
          return BOOLEAN;
        case INT:
        case SHORT:
        case BYTE:
        case CHAR:
        case LONG:
          return INT;
        default:
          return OTHER;
      }
    }
  }

  /** Nested scopes of locals. */
  static final class Scope {
    final Scope parent;
    final Map<String, Var> vars = new HashMap<>();
    Object returned;

    Scope(Scope parent) {
      this.parent = parent;
    }

    void declare(String name, VarType type, Object value) {
      Var v = new Var();
      v.type = type;
      v.value = value;
      vars.put(name, v);
    }

    Var lookup(String name) {
      for (Scope s = this; s != null; s = s.parent) {
        Var v = s.vars.get(name);
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    static final class Var {
      VarType type;
      Object value;
    }
  }

  static String join(List<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
