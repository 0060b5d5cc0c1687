package io.qml4j.processor.eval;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The element javac attributed to each name in one method or field: built in one scan, so that
 * evaluating a loop body a thousand times does not search tree paths a thousand times.
 */
final class ElementIndex {
  private final Map<Tree, Element> elements = new IdentityHashMap<>();
  private final CompilationUnitTree unit;

  ElementIndex(Trees trees, TreePath root) {
    this.unit = root.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        record(trees);
        return super.visitIdentifier(node, unused);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        record(trees);
        return super.visitMemberSelect(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        record(trees);
        return super.visitNewClass(node, unused);
      }

      private void record(Trees t) {
        Element e = t.getElement(getCurrentPath());
        if (e != null) {
          elements.put(getCurrentPath().getLeaf(), e);
        }
      }
    }.scan(root, null);
  }

  Element get(Tree tree) {
    return elements.get(tree);
  }

  CompilationUnitTree unit() {
    return unit;
  }
}
