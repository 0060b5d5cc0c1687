package io.qml4j.processor.ir;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;

/**
 * Where something came from in the user's source: the element (method or class), and where known
 * the tree inside its body, with its line and the call's text for comments in generated code.
 * Phases after evaluation carry sites opaquely; only the reporter hands them back to javac.
 *
 * @param element the annotated element (never null)
 * @param tree the tree inside a body, or null to point at the element
 * @param unit the compilation unit of {@code tree}, or null
 * @param line the 1-based source line, or 0 if unknown
 * @param text a short source excerpt, such as {@code q.ry(i, theta[i])}
 */
public record Site(Element element, Tree tree, CompilationUnitTree unit, long line, String text) {
  /** A site for a whole element. */
  public static Site of(Element element) {
    return new Site(element, null, null, 0, element.getSimpleName().toString());
  }
}
