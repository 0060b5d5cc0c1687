package io.qml4j.processor;

import com.sun.source.util.Trees;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Site;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * Prints the processor's diagnostics where they belong: at the tree inside a method body when
 * there is one (javac then shows the exact line and column), else at the element. The only part
 * of the processor, besides evaluation, that talks to javac.
 */
final class ErrorReporter {
  private final Messager messager;
  private final Trees trees;

  ErrorReporter(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void report(Diagnostic d) {
    Kind kind = d.error() ? Kind.ERROR : Kind.WARNING;
    Site site = d.site();
    if (trees != null && site.tree() != null && site.unit() != null) {
      trees.printMessage(kind, d.formatted(), site.tree(), site.unit());
    } else {
      messager.printMessage(kind, d.formatted(), site.element());
    }
  }
}
