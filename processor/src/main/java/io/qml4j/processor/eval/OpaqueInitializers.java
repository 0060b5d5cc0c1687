package io.qml4j.processor.eval;

import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which static final field initializers class initialisation may pass over: those of a type no
 * circuit reads (a logger, a map, a service; not a primitive, a String, a box, an enum or an
 * array) whose initializer cannot touch what a circuit reads, because it calls no method or
 * constructor compiled with the model and holds no lambda or method reference (a library call
 * could run one). Skipping them lets a model class keep ordinary Java beside its circuit, while
 * every initializer that could write an array the circuit reads still runs in Java's order.
 */
final class OpaqueInitializers {
  /** Declared types a circuit may read a value of. */
  private static final Set<String> READABLE = Set.of("java.lang.String", "java.lang.Object",
      "java.lang.Number", "java.lang.Double", "java.lang.Float", "java.lang.Long",
      "java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.lang.Character",
      "java.lang.Boolean");

  private OpaqueInitializers() {}

  /** Whether the initializer at {@code initializer} of field {@code f} may be passed over. */
  static boolean skippable(Trees trees, VariableElement f, TreePath initializer) {
    return !readableType(f.asType()) && !reachesModelCode(trees, initializer);
  }

  private static boolean readableType(TypeMirror type) {
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.ARRAY) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return true; // type variables and the like: evaluate, and let the evaluator decide
    }
    Element e = ((DeclaredType) type).asElement();
    if (e.getKind() == ElementKind.ENUM) {
      return true;
    }
    return READABLE.contains(e.toString());
  }

  private static boolean reachesModelCode(Trees trees, TreePath initializer) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        check(node);
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        check(node);
        return super.visitNewClass(node, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        found[0] = true;
        return null;
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        found[0] = true;
        return null;
      }

      private void check(Tree node) {
        Element called = trees.getElement(new TreePath(getCurrentPath(), node));
        // a call javac cannot resolve, or one into source of this compilation, may write arrays
        if (called == null || trees.getTree(called) != null) {
          found[0] = true;
        }
      }
    }.scan(initializer, null);
    return found[0];
  }
}
