package io.qml4j.processor.eval;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Expression evaluation: literals, names, array reads and writes, assignments, casts and calls,
 * with Java's conversions at every store and Java's evaluation order (an array and its index are
 * evaluated once, before the right-hand side). Operators are in {@link Operators}, JDK functions in
 * {@link LibraryCalls}, static fields in {@link ConstantFields}.
 */
final class Expressions {
  private static final Set<String> DSL_OWNERS = Set.of("io.qml4j.dsl.Q", "io.qml4j.dsl.Paulis",
      "io.qml4j.dsl.Pauli");

  private final Evaluator ev;

  Expressions(Evaluator ev) {
    this.ev = ev;
  }

  Object eval(ExpressionTree e, Scope scope) {
    switch (e.getKind()) {
      case PARENTHESIZED:
        return eval(((ParenthesizedTree) e).getExpression(), scope);
      case INT_LITERAL:
      case LONG_LITERAL:
      case FLOAT_LITERAL:
      case CHAR_LITERAL:
      case BOOLEAN_LITERAL:
      case STRING_LITERAL:
        return ((LiteralTree) e).getValue();
      case DOUBLE_LITERAL:
        return Expr.constant((Double) ((LiteralTree) e).getValue());
      case IDENTIFIER:
        return identifier((IdentifierTree) e, scope);
      case MEMBER_SELECT:
        return memberSelect((MemberSelectTree) e, scope);
      case ARRAY_ACCESS:
        return arrayAccess((ArrayAccessTree) e, scope);
      case METHOD_INVOCATION:
        return conform(e, call((MethodInvocationTree) e, scope));
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        return conform(e, ev.statements.condition(c.getCondition(), scope, "condition")
            ? eval(c.getTrueExpression(), scope) : eval(c.getFalseExpression(), scope));
      }
      case TYPE_CAST:
        return cast((TypeCastTree) e, scope);
      case NEW_ARRAY:
        return newArray((NewArrayTree) e, scope);
      case ASSIGNMENT: {
        AssignmentTree a = (AssignmentTree) e;
        Location target = locate(a.getVariable(), scope);
        Object value = convert(target.type, eval(a.getExpression(), scope), a);
        target.set(value);
        return value;
      }
      default:
        break;
    }
    if (e instanceof CompoundAssignmentTree) {
      CompoundAssignmentTree a = (CompoundAssignmentTree) e;
      Location target = locate(a.getVariable(), scope);
      Object old = target.get();
      Object result = Operators.binary(ev, a, binaryKind(a.getKind()), old,
          eval(a.getExpression(), scope));
      // A compound assignment casts its result back to the variable's type (JLS 15.26.2).
      Object value = convert(target.type, result, a);
      target.set(value);
      return value;
    }
    if (e instanceof UnaryTree) {
      return unary((UnaryTree) e, scope);
    }
    if (e instanceof BinaryTree) {
      BinaryTree b = (BinaryTree) e;
      if (b.getKind() == Tree.Kind.CONDITIONAL_AND || b.getKind() == Tree.Kind.CONDITIONAL_OR) {
        boolean left = ev.statements.condition(b.getLeftOperand(), scope, "condition");
        if (left == (b.getKind() == Tree.Kind.CONDITIONAL_OR)) {
          return left;
        }
        return ev.statements.condition(b.getRightOperand(), scope, "condition");
      }
      return Operators.binary(ev, b, b.getKind(), eval(b.getLeftOperand(), scope),
          eval(b.getRightOperand(), scope));
    }
    throw ev.statements.unsupported(e, "the expression `" + e + "`");
  }

  /**
   * Converts a value to a declared type as Java's assignment, invocation and casting conversions
   * do. Only double may hold a value that depends on theta or x.
   */
  Object convert(ValueType type, Object value, Tree tree) {
    if (type == ValueType.OTHER && ValueType.of(value) != ValueType.OTHER) {
      // A boxed number's == compares references, which the evaluator does not model.
      throw ev.error(Code.UNSUPPORTED, tree, "`%s` boxes %s %s into an object; a circuit "
          + "computes with primitive types, so declare it %s", tree,
          article(ValueType.of(value)), name(ValueType.of(value)), name(ValueType.of(value)));
    }
    if (!type.isNumeric() || type == ValueType.DOUBLE || !ValueType.isSymbolic(value)) {
      return type.convert(value);
    }
    throw ev.error(Code.CONSTANT, tree, "`%s` is converted to %s but depends on theta or x; "
        + "%s must be a compile-time constant", tree, name(type), type == ValueType.FLOAT
        ? "a float (the processor computes angles in double only)" : "an " + name(type));
  }

  private static String article(ValueType type) {
    return type == ValueType.INT ? "an" : "a";
  }

  private static String name(ValueType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The declared type of a local or a for-each variable, {@code var} included. */
  ValueType declaredType(VariableTree v) {
    TypeMirror t = ev.index().type(v);
    if (t != null) {
      return ValueType.of(t);
    }
    return v.getType() instanceof PrimitiveTypeTree ? primitive((PrimitiveTypeTree) v.getType())
        : ValueType.OTHER;
  }

  private static ValueType primitive(PrimitiveTypeTree t) {
    switch (t.getPrimitiveTypeKind()) {
      case BOOLEAN: return ValueType.BOOLEAN;
      case BYTE: return ValueType.BYTE;
      case SHORT: return ValueType.SHORT;
      case CHAR: return ValueType.CHAR;
      case INT: return ValueType.INT;
      case LONG: return ValueType.LONG;
      case FLOAT: return ValueType.FLOAT;
      case DOUBLE: return ValueType.DOUBLE;
      default: return ValueType.OTHER;
    }
  }

  /** Converts a value to the static type javac gave its expression, where that is primitive. */
  private Object conform(ExpressionTree e, Object value) {
    ValueType t = ValueType.of(ev.index().type(e));
    return t.isNumeric() ? convert(t, value, e) : value;
  }

  private Object cast(TypeCastTree c, Scope scope) {
    TypeMirror t = ev.index().type(c);
    ValueType type = t != null ? ValueType.of(t) : c.getType() instanceof PrimitiveTypeTree
        ? primitive((PrimitiveTypeTree) c.getType()) : ValueType.OTHER;
    return convert(type, eval(c.getExpression(), scope), c);
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
        Location target = locate(u.getExpression(), scope);
        Object old = target.get();
        boolean up = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.POSTFIX_INCREMENT;
        Object updated = convert(target.type,
            Operators.binary(ev, u, up ? Tree.Kind.PLUS : Tree.Kind.MINUS, old, 1), u);
        target.set(updated);
        boolean prefix = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.PREFIX_DECREMENT;
        return prefix ? updated : old;
      }
      default:
        return Operators.unary(ev, u, eval(u.getExpression(), scope));
    }
  }

  /** A variable an assignment writes: a local, an array element, or a field being initialised. */
  private abstract static class Location {
    final ValueType type;

    Location(ValueType type) {
      this.type = type;
    }

    abstract Object get();

    abstract void set(Object value);
  }

  private Location locate(ExpressionTree written, Scope scope) {
    ExpressionTree unwrapped = written;
    while (unwrapped instanceof ParenthesizedTree) {
      unwrapped = ((ParenthesizedTree) unwrapped).getExpression();
    }
    ExpressionTree target = unwrapped;
    if (target instanceof IdentifierTree || target instanceof MemberSelectTree) {
      String name = target instanceof IdentifierTree ? ((IdentifierTree) target).getName()
          .toString() : null;
      Scope.Var v = name == null ? null : scope.lookup(name);
      if (v != null) {
        return new Location(v.type) {
          @Override Object get() {
            if (v.value == null) {
              throw ev.error(Code.CONSTANT, target, "`%s` is read before it is assigned", target);
            }
            return v.value;
          }

          @Override void set(Object value) {
            v.value = value;
          }
        };
      }
      Element e = ev.index().get(target);
      if (e instanceof VariableElement && ev.fields.initializing((VariableElement) e)) {
        VariableElement f = (VariableElement) e;
        return new Location(ValueType.of(f.asType())) {
          @Override Object get() {
            return ev.fields.read(target, f);
          }

          @Override void set(Object value) {
            ev.fields.store(f, value);
          }
        };
      }
      throw ev.error(Code.UNSUPPORTED, target, "assignment to `%s`, which is not a local of the "
          + "method; a circuit may assign only its own locals", target);
    }
    if (target instanceof ArrayAccessTree) {
      ArrayAccessTree a = (ArrayAccessTree) target;
      Object array = eval(a.getExpression(), scope);
      if (array instanceof SymbolicArray) {
        throw ev.error(Code.UNSUPPORTED, target, "`%s` writes to %s, which are read-only in a "
            + "circuit method", target, ((SymbolicArray) array).name());
      }
      int i = intIndex(a, array, eval(a.getIndex(), scope));
      ArrayValue values = (ArrayValue) array;
      if (values.shared() && !ev.fields.initializingAny()) {
        throw ev.error(Code.UNSUPPORTED, target, "`%s` writes to an array held by a static field; "
            + "Java keeps that array, changed, for every later call of the model, which a "
            + "compiled circuit cannot do: copy it into a local array and change the copy",
            target);
      }
      return new Location(values.component) {
        @Override Object get() {
          return element(a, values, i);
        }

        @Override void set(Object value) {
          values.elements[i] = value;
        }
      };
    }
    throw ev.statements.unsupported(target, "assignment to `" + target + "`");
  }

  private Object identifier(IdentifierTree id, Scope scope) {
    Scope.Var v = scope.lookup(id.getName().toString());
    if (v != null) {
      if (v.value == null) {
        throw ev.error(Code.CONSTANT, id, "`%s` is read before it is assigned", id);
      }
      return v.value;
    }
    return ev.fields.read(id, ev.index().get(id));
  }

  private Object memberSelect(MemberSelectTree m, Scope scope) {
    Element e = ev.index().get(m);
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
          throw ev.error(Code.CONSTANT, m, "`%s` is not known at compile time: declare the number "
              + "of %s, e.g. %s", m, s.describe(), s.source() == Expr.Source.THETA
              ? "@Ansatz(qubits = ..., params = N)" : "@FeatureMap(qubits = ..., inputs = N)");
        }
        return s.length();
      }
    }
    return ev.fields.read(m, e);
  }

  private Object arrayAccess(ArrayAccessTree a, Scope scope) {
    Object array = eval(a.getExpression(), scope);
    ExpressionTree indexTree = a.getIndex();
    while (indexTree instanceof ParenthesizedTree) {
      indexTree = ((ParenthesizedTree) indexTree).getExpression();
    }
    // javac types every index as int, so a symbolic index can only arrive through a cast.
    Object idx = eval(indexTree instanceof TypeCastTree
        ? ((TypeCastTree) indexTree).getExpression() : indexTree, scope);
    if (ValueType.isSymbolic(idx)) {
      String name = array instanceof SymbolicArray ? ((SymbolicArray) array).name()
          : a.getExpression().toString();
      throw ev.error(Code.INDEX, a, "`%s` reads %s at an index that is not a compile-time "
          + "constant; an index may depend on loop variables and constants, not on theta or x",
          a, name);
    }
    Object i = ValueType.INT.convert(idx);
    if (array instanceof SymbolicArray) {
      if (!(i instanceof Integer)) {
        throw ev.error(Code.INDEX, a, "`%s` uses an index that is not an int", a);
      }
      return read((SymbolicArray) array, (Integer) i, a);
    }
    int k = intIndex(a, array, i);
    return element(a, (ArrayValue) array, k);
  }

  private Object element(Tree a, ArrayValue array, int i) {
    Object value = array.elements[i];
    if (value == null) {
      throw ev.error(Code.UNSUPPORTED, a, "`%s` reads an element that is null; a circuit "
          + "computes with numbers, booleans, Strings and arrays of them", a);
    }
    return value;
  }

  /** Reads x[i] or theta[i], checking the declared size. */
  Expr read(SymbolicArray s, int i, Tree tree) {
    if (i < 0 || s.length() >= 0 && i >= s.length()) {
      String range = s.length() > 0 ? String.format(Locale.ROOT, " (%s[0..%d])", s.name(),
          s.length() - 1) : "";
      ev.error(Code.INDEX, tree, "%s[%d] is out of range: the model declares %d %s%s", s.name(),
          i, s.length() < 0 ? 0 : s.length(), s.describe(), range);
      return Expr.ZERO;
    }
    return s.source() == Expr.Source.THETA ? Expr.theta(i) : Expr.input(i);
  }

  private int intIndex(ArrayAccessTree a, Object array, Object idx) {
    if (!(array instanceof ArrayValue)) {
      throw ev.statements.unsupported(a, "indexing `" + a.getExpression() + "`");
    }
    Object i = ValueType.INT.convert(idx);
    if (!(i instanceof Integer)) {
      throw ev.error(Code.INDEX, a, "`%s` uses an index that is not a compile-time constant", a);
    }
    int k = (Integer) i;
    int length = ((ArrayValue) array).elements.length;
    if (k < 0 || k >= length) {
      throw ev.error(Code.INDEX, a, "index %d is out of range for `%s` of length %d", k,
          a.getExpression(), length);
    }
    return k;
  }

  private Object newArray(NewArrayTree n, Scope scope) {
    TypeMirror t = ev.index().type(n);
    ValueType component = t instanceof ArrayType ? ValueType.of(((ArrayType) t).getComponentType())
        : n.getType() instanceof PrimitiveTypeTree && n.getDimensions().size() <= 1
        ? primitive((PrimitiveTypeTree) n.getType()) : ValueType.OTHER;
    if (n.getInitializers() != null) {
      ev.countArrayElements(n, n.getInitializers().size());
      Object[] elements = new Object[n.getInitializers().size()];
      for (int i = 0; i < elements.length; i++) {
        ExpressionTree init = n.getInitializers().get(i);
        elements[i] = convert(component, eval(init, scope), init);
      }
      return new ArrayValue(elements, component);
    }
    if (n.getDimensions().size() != 1) {
      throw ev.statements.unsupported(n, "a multi-dimensional `new` without initializer");
    }
    Object size = ValueType.INT.convert(eval(n.getDimensions().get(0), scope));
    if (!(size instanceof Integer) || (Integer) size < 0) {
      throw ev.error(Code.CONSTANT, n, "array size `%s` must be a non-negative compile-time int",
          n);
    }
    ev.countArrayElements(n, (Integer) size);
    Object[] elements = new Object[(Integer) size];
    Arrays.fill(elements, zero(component));
    return new ArrayValue(elements, component);
  }

  /** The default value of an array element (JLS 4.12.5). */
  private static Object zero(ValueType type) {
    return type == ValueType.BOOLEAN ? (Object) false : type.isNumeric() ? type.convert(0)
        : null;
  }

  private Object call(MethodInvocationTree call, Scope scope) {
    Element e = ev.index().get(call.getMethodSelect());
    if (!(e instanceof ExecutableElement)) {
      throw ev.statements.unsupported(call, "the call `" + call + "`");
    }
    ExecutableElement m = (ExecutableElement) e;
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    if (!DSL_OWNERS.contains(owner) && !LibraryCalls.OWNERS.contains(owner) && !isStatic) {
      throw ev.error(Code.UNSUPPORTED, call, "the call `%s` is not supported in a circuit method; "
          + "a circuit calls the gates and templates of Q, Math functions, and static methods "
          + "compiled with the model", call);
    }
    List<Object> args = arguments(call, m, scope);
    Object receiver = null;
    if (call.getMethodSelect() instanceof MemberSelectTree && !isStatic) {
      receiver = eval(((MemberSelectTree) call.getMethodSelect()).getExpression(), scope);
    }
    switch (owner) {
      case "io.qml4j.dsl.Q":
        return ev.qCalls.call(call, m, args);
      case "io.qml4j.dsl.Paulis":
      case "io.qml4j.dsl.Pauli":
        return ev.pauliCalls.call(call, m, receiver, args);
      default:
        break;
    }
    if (LibraryCalls.OWNERS.contains(owner)) {
      return LibraryCalls.call(ev, call, owner, m, receiver, args);
    }
    if (m.getKind() != ElementKind.METHOD) {
      throw ev.statements.unsupported(call, "the call `" + call + "`");
    }
    return ev.statements.invoke(m, args, call);
  }

  /**
   * The arguments converted to the parameter types, trailing varargs packed into an array as
   * javac does, so that every method receives exactly one value per parameter.
   */
  private List<Object> arguments(MethodInvocationTree call, ExecutableElement m, Scope scope) {
    List<? extends ExpressionTree> trees = call.getArguments();
    List<Object> values = new ArrayList<>();
    for (ExpressionTree a : trees) {
      values.add(eval(a, scope));
    }
    List<? extends VariableElement> params = m.getParameters();
    int fixed = m.isVarArgs() ? params.size() - 1 : params.size();
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < fixed && i < values.size(); i++) {
      out.add(convert(ValueType.of(params.get(i).asType()), values.get(i), trees.get(i)));
    }
    if (m.isVarArgs()) {
      TypeMirror last = params.get(fixed).asType();
      if (values.size() == params.size() && passesArray(trees.get(fixed), values.get(fixed), last)) {
        out.add(values.get(fixed));
      } else {
        ValueType component = last instanceof ArrayType
            ? ValueType.of(((ArrayType) last).getComponentType()) : ValueType.OTHER;
        Object[] rest = new Object[Math.max(0, values.size() - fixed)];
        ev.countArrayElements(call, rest.length);
        for (int i = 0; i < rest.length; i++) {
          rest[i] = convert(component, values.get(fixed + i), trees.get(fixed + i));
        }
        out.add(new ArrayValue(rest, component));
      }
    }
    return out;
  }

  /** Whether a varargs call passes its array itself (javac typed the argument as an array). */
  private boolean passesArray(ExpressionTree arg, Object value, TypeMirror param) {
    TypeMirror t = ev.index().type(arg);
    if (t != null) {
      return depth(t) == depth(param);
    }
    return value instanceof ArrayValue || value instanceof SymbolicArray;
  }

  private static int depth(TypeMirror t) {
    int d = 0;
    for (; t.getKind() == TypeKind.ARRAY; t = ((ArrayType) t).getComponentType()) {
      d++;
    }
    return d;
  }
}
