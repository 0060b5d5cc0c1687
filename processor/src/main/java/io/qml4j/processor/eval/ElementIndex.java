package io.qml4j.processor.eval;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What javac attributed to one method, field or static block: the element of each name and the
 * static type of each expression and local. Built in one scan, so that evaluating a loop body a
 * thousand times does not search tree paths a thousand times. Records whether javac found an
 * error in the code ({@link #erroneous}): the processor then leaves the reporting to javac.
 */
final class ElementIndex {
  private final Map<Tree, Element> elements = new IdentityHashMap<>();
  private final Map<Tree, TypeMirror> types = new IdentityHashMap<>();
  private final CompilationUnitTree unit;
  private boolean erroneous;

  ElementIndex(Trees trees, TreePath root) {
    this.unit = root.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree instanceof ExpressionTree || tree instanceof VariableTree) {
          recordType(new TreePath(getCurrentPath(), tree));
        }
        return super.scan(tree, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        record();
        return super.visitIdentifier(node, unused);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        record();
        return super.visitMemberSelect(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        record();
        return super.visitNewClass(node, unused);
      }

      private void record() {
        Element e = trees.getElement(getCurrentPath());
        if (e != null) {
          elements.put(getCurrentPath().getLeaf(), e);
        }
      }

      private void recordType(TreePath path) {
        Tree leaf = path.getLeaf();
        TypeMirror type;
        if (leaf instanceof VariableTree) {
          Element e = trees.getElement(path);
          type = e == null ? null : e.asType();
        } else {
          type = trees.getTypeMirror(path);
          if (type == null) {
            // Asking for an element makes javac attribute the class that holds the tree.
            trees.getElement(path);
            type = trees.getTypeMirror(path);
          }
        }
        if (type != null) {
          types.put(leaf, type);
          erroneous |= type.getKind() == TypeKind.ERROR;
        }
      }
    }.scan(root, null);
  }

  Element get(Tree tree) {
    return elements.get(tree);
  }

  /** The static type javac gave an expression or a variable, or null if unknown. */
  TypeMirror type(Tree tree) {
    return types.get(tree);
  }

  /** Whether javac could not type some of this code: its own error will say why. */
  boolean erroneous() {
    return erroneous;
  }

  CompilationUnitTree unit() {
    return unit;
  }
}
