package io.qml4j.processor.eval;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * The static final fields a circuit reads, with the values Java's class initialisation gives them:
 * a compile-time constant as javac folded it; otherwise the value its class's static
 * initialisation leaves in it. As in Java, the first read of such a field initialises its whole
 * class, once per model: every static final field initializer and every {@code static {}} block,
 * in source order (JLS 12.4.2), so a block that fills a static final array, or one that writes an
 * array through another field, has run before the array is read. A read that Java would answer
 * with a field's default value, because initialisation has not reached the field yet (a
 * qualified forward reference, or a class read back while its own initialisation runs), is
 * {@code [qml4j.unsupported]}: the processor never computes a value Java would not. Arrays are
 * then shared, read-only, like Java's one array per class.
 */
final class ConstantFields {
  private final Evaluator ev;
  private final Map<VariableElement, Object> values = new HashMap<>();
  /** Classes whose static initialisation has started; it is finished when not in running. */
  private final Set<ClassTree> started = new HashSet<>();
  private final Set<ClassTree> running = new HashSet<>();
  private int initializing;

  ConstantFields(Evaluator ev) {
    this.ev = ev;
  }

  /** The value of a field read by {@code tree}. */
  Object read(ExpressionTree tree, Element e) {
    if (!(e instanceof VariableElement) || e.getKind() != ElementKind.FIELD
        && e.getKind() != ElementKind.ENUM_CONSTANT) {
      throw ev.error(Code.UNSUPPORTED, tree, "`%s` cannot be evaluated at compile time; a circuit "
          + "reads its parameters, its locals and static final constants", tree);
    }
    VariableElement f = (VariableElement) e;
    Object constant = f.getConstantValue();
    if (constant != null) {
      return constant instanceof Double ? Expr.constant((Double) constant) : constant;
    }
    if (!f.getModifiers().contains(Modifier.STATIC) || !f.getModifiers().contains(Modifier.FINAL)) {
      throw ev.error(Code.CONSTANT, tree, "`%s` is not a compile-time constant: a circuit may read "
          + "static final fields only", tree);
    }
    if (!values.containsKey(f)) {
      TreePath path = ev.trees().getPath(f);
      if (path == null || !(path.getLeaf() instanceof VariableTree)
          || !(path.getParentPath().getLeaf() instanceof ClassTree)) {
        throw ev.error(Code.CONSTANT, tree, "`%s` has no initializer the processor can read: a "
            + "circuit may read static final fields initialised in source compiled with the "
            + "model", tree);
      }
      ClassTree owner = (ClassTree) path.getParentPath().getLeaf();
      if (!started.contains(owner)) {
        initialiseClass(path.getParentPath());
      }
      if (!values.containsKey(f)) {
        throw ev.error(Code.UNSUPPORTED, tree, "`%s` is read before its class's static "
            + "initialisation assigns it (Java would read its default value there); read it "
            + "after the initializer or block that assigns it", tree);
      }
    }
    return values.get(f);
  }

  /** Whether a static block that may assign {@code f} is running. */
  boolean initializing(VariableElement f) {
    return initializing > 0 && f.getModifiers().contains(Modifier.STATIC);
  }

  /** Whether any static initialisation is running: it may write the arrays it builds. */
  boolean initializingAny() {
    return initializing > 0;
  }

  /** An assignment to a field inside its class's static block. */
  void store(VariableElement f, Object value) {
    values.put(f, value);
  }

  /**
   * Runs a class's static initialisation as Java does: its static final field initializers and
   * static blocks in source order. Fields that javac folded to constants need no code; the
   * initializers of fields that are not final are skipped, since a circuit cannot read them.
   */
  private void initialiseClass(TreePath classPath) {
    ClassTree type = (ClassTree) classPath.getLeaf();
    started.add(type);
    running.add(type);
    List<VariableElement> fields = new ArrayList<>();
    initializing++;
    try {
      for (Tree member : type.getMembers()) {
        TreePath path = new TreePath(classPath, member);
        if (member instanceof VariableTree) {
          Element e = ev.trees().getElement(path);
          if (e instanceof VariableElement) {
            fields.add((VariableElement) e);
          }
          if (e instanceof VariableElement && e.getModifiers().contains(Modifier.STATIC)
              && e.getModifiers().contains(Modifier.FINAL)
              && ((VariableElement) e).getConstantValue() == null
              && ((VariableTree) member).getInitializer() != null) {
            VariableElement f = (VariableElement) e;
            VariableTree v = (VariableTree) member;
            values.put(f, ev.within(f, path, null, () -> ev.expressions.convert(
                ValueType.of(f.asType()), ev.expressions.eval(v.getInitializer(), new Scope(null)),
                v.getInitializer())));
          }
        } else if (member instanceof BlockTree && ((BlockTree) member).isStatic()) {
          BlockTree block = (BlockTree) member;
          ev.within(block, path, null, () -> {
            ev.statements.initializer(block);
            return null;
          });
        }
      }
    } finally {
      initializing--;
      running.remove(type);
    }
    for (VariableElement f : fields) {
      if (values.get(f) instanceof ArrayValue) {
        ((ArrayValue) values.get(f)).share();
      }
    }
  }
}
