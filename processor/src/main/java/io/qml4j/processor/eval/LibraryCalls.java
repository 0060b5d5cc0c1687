package io.qml4j.processor.eval;

import com.sun.source.tree.Tree;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Calls of the JDK's pure functions: {@code Math} and {@code StrictMath}, the static methods of the
 * primitive wrappers ({@code Integer.bitCount}, {@code Double.isNaN}...) and the methods of a
 * String constant. With compile-time arguments the very JDK method runs, so the value is Java's
 * bit for bit; with a double that depends on theta or x, only the {@code Math} functions an angle
 * may contain are allowed.
 */
final class LibraryCalls {
  /** The classes whose methods this evaluates. */
  static final Set<String> OWNERS = Set.of("java.lang.Math", "java.lang.StrictMath",
      "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Character", "java.lang.Float", "java.lang.Double", "java.lang.Boolean",
      "java.lang.String");
  /** Methods of those classes that are not functions of their arguments. */
  private static final Set<String> IMPURE = Set.of("random", "getInteger", "getLong",
      "getBoolean", "intern");

  private LibraryCalls() {}

  /**
   * Evaluates {@code owner.method(args)}; the arguments are already converted to the parameter
   * types.
   */
  static Object call(Evaluator ev, Tree call, String owner, ExecutableElement m, Object receiver,
      List<Object> args) {
    String name = m.getSimpleName().toString();
    boolean constant = args.stream().noneMatch(ValueType::isSymbolic)
        && !ValueType.isSymbolic(receiver);
    if (constant && !IMPURE.contains(name) && isPlain(m.getReturnType())) {
      Object value = reflect(ev, call, owner, m, receiver, args);
      if (value != null) {
        return value;
      }
    }
    if (!constant && owner.equals("java.lang.Math")) {
      return angleFunction(ev, call, name, args);
    }
    if (!constant) {
      throw ev.error(Code.UNSUPPORTED, call, "`%s` is given a value that depends on theta or x; "
          + "an angle may use the Math functions sin, cos, tan, asin, acos, atan, atan2, sinh, "
          + "cosh, tanh, exp, log, sqrt, pow, abs, signum and toRadians", call);
    }
    throw ev.error(Code.UNSUPPORTED, call, "`%s` is not supported in a circuit method; the "
        + "pure static methods of Math and of the primitive wrappers are", call);
  }

  private static Object angleFunction(Evaluator ev, Tree call, String name, List<Object> args) {
    List<Expr> exprs = new ArrayList<>();
    for (Object a : args) {
      if (!(a instanceof Expr)) {
        throw ev.error(Code.UNSUPPORTED, call, "`%s` takes doubles here", call);
      }
      exprs.add((Expr) a);
    }
    if (name.equals("toRadians") && exprs.size() == 1) {
      // Math.toRadians multiplies by this constant (JDK 9 and later), so the bits agree.
      return Expr.times(exprs.get(0), Expr.constant(Math.PI / 180));
    }
    Expr.Function f = Expr.Function.forName(name, exprs.size());
    if (f == null) {
      throw ev.error(Code.UNSUPPORTED, call, "Math.%s is not supported in an angle; allowed: "
          + "sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, exp, log, sqrt, pow, abs, "
          + "signum and toRadians (other Math methods take compile-time arguments only)", name);
    }
    return Expr.call(f, exprs);
  }

  /** Runs the JDK's own method; null when it cannot be found. */
  private static Object reflect(Evaluator ev, Tree call, String owner, ExecutableElement m,
      Object receiver, List<Object> args) {
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    Class<?>[] types = new Class<?>[args.size()];
    Object[] values = new Object[args.size()];
    for (int i = 0; i < types.length; i++) {
      TypeMirror t = m.getParameters().get(i).asType();
      ValueType vt = ValueType.of(t);
      if (vt == ValueType.OTHER) {
        if (!t.toString().equals("java.lang.String") && !t.toString().equals("java.lang.Object")
            || !(args.get(i) instanceof String)) {
          return null;
        }
        types[i] = t.toString().equals("java.lang.String") ? String.class : Object.class;
        values[i] = args.get(i);
      } else {
        types[i] = vt.primitiveClass();
        values[i] = vt == ValueType.DOUBLE ? (Object) ((Expr.Constant) args.get(i)).value()
            : args.get(i);
      }
    }
    if (!isStatic && !(receiver instanceof String)) {
      return null;
    }
    Object result;
    try {
      Method method = Class.forName(owner).getMethod(m.getSimpleName().toString(), types);
      result = method.invoke(isStatic ? null : receiver, values);
    } catch (InvocationTargetException thrown) {
      Throwable cause = thrown.getCause();
      throw ev.error(Code.CONSTANT, call, "`%s` throws %s at compile time%s", call,
          cause.getClass().getSimpleName(),
          cause.getMessage() == null ? "" : ": " + cause.getMessage());
    } catch (ReflectiveOperationException | IllegalArgumentException notThere) {
      return null;
    }
    return result instanceof Double ? Expr.constant((Double) result) : result;
  }

  /** Primitive or String results only: a boxed result would bring reference equality. */
  private static boolean isPlain(TypeMirror type) {
    return ValueType.of(type) != ValueType.OTHER || type.toString().equals("java.lang.String");
  }
}
