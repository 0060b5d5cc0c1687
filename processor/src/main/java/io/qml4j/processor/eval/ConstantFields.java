package io.qml4j.processor.eval;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * The static final fields a circuit reads, with the values Java's class initialisation gives them:
 * a compile-time constant as javac folded it; otherwise the field's initializer, followed by the
 * static blocks after it that name the field, in source order (so a {@code static {}} block that
 * fills a static final array is run before the array is read). Each field is evaluated once per
 * model; its arrays are then shared, read-only, like Java's one array per class.
 */
final class ConstantFields {
  private final Evaluator ev;
  private final Map<VariableElement, Object> values = new HashMap<>();
  private final Set<VariableElement> pending = new HashSet<>();
  private final Set<BlockTree> blocksRun = new HashSet<>();
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
      if (pending.contains(f)) {
        throw ev.error(Code.CONSTANT, tree, "`%s` is read while its own initializer runs", tree);
      }
      initialise(f, tree);
    }
    Object value = values.get(f);
    if (value == null) {
      throw ev.error(Code.CONSTANT, tree, "`%s` is read before its class initialisation assigns "
          + "it", tree);
    }
    return value;
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

  private void initialise(VariableElement f, ExpressionTree use) {
    TreePath path = ev.trees().getPath(f);
    if (path == null || !(path.getLeaf() instanceof VariableTree)) {
      throw ev.error(Code.CONSTANT, use, "`%s` has no initializer the processor can read: a "
          + "circuit may read static final fields initialised in source compiled with the model",
          use);
    }
    VariableTree v = (VariableTree) path.getLeaf();
    pending.add(f);
    try {
      if (v.getInitializer() != null) {
        Object value = ev.within(f, path, null, () -> ev.expressions.convert(
            ValueType.of(f.asType()), ev.expressions.eval(v.getInitializer(), new Scope(null)),
            v.getInitializer()));
        values.put(f, value);
      } else {
        values.put(f, null);
      }
      runStaticBlocks(f, path);
    } finally {
      pending.remove(f);
    }
    Object value = values.get(f);
    if (value instanceof ArrayValue) {
      ((ArrayValue) value).share();
    }
  }

  /** Runs, in source order, the static blocks after the field's declaration that name it. */
  private void runStaticBlocks(VariableElement f, TreePath fieldPath) {
    TreePath classPath = fieldPath.getParentPath();
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree)) {
      return;
    }
    boolean after = false;
    for (Tree member : ((ClassTree) classPath.getLeaf()).getMembers()) {
      if (member == fieldPath.getLeaf()) {
        after = true;
      } else if (after && member instanceof BlockTree && ((BlockTree) member).isStatic()
          && !blocksRun.contains(member) && names(member, f.getSimpleName().toString())) {
        BlockTree block = (BlockTree) member;
        blocksRun.add(block);
        TreePath blockPath = new TreePath(classPath, block);
        initializing++;
        try {
          ev.within(block, blockPath, null, () -> {
            ev.statements.initializer(block);
            return null;
          });
        } finally {
          initializing--;
        }
      }
    }
  }

  private static boolean names(Tree block, String name) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitIdentifier(IdentifierTree node, Void unused) {
        return node.getName().contentEquals(name);
      }

      @Override
      public Boolean visitMemberSelect(MemberSelectTree node, Void unused) {
        return node.getIdentifier().contentEquals(name) || Boolean.TRUE.equals(
            super.visitMemberSelect(node, unused));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(block, null);
    return Boolean.TRUE.equals(found);
  }
}
