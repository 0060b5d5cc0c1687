package io.qml4j.processor.eval;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.qml4j.dsl.ChannelKind;
import io.qml4j.processor.ir.ChannelOp;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.NormalizedFeatures;
import io.qml4j.processor.ir.PauliTerms;
import io.qml4j.processor.ir.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Evaluates the annotated methods of one model symbolically over javac's trees, with Java's
 * semantics: statements run in {@link Statements}, expressions in {@link Expressions}, static
 * fields and static blocks in {@link ConstantFields}, calls on {@code Q} in {@link QCalls}. This
 * class is their facade and their shared state: the gates built so far, the work budgets, and
 * where diagnostics go. Problems are recorded as {@link Diagnostic}s at the offending tree;
 * evaluation goes on where the rest stays meaningful and stops the method where it would not.
 */
public final class Evaluator {
  /** Iterations over all loops of one model before evaluation gives up: a loop that never ends. */
  static final long LOOP_LIMIT = 10_000_000L;
  /**
   * Array elements one model may allocate at compile time (4 Mi: some 32 MiB of javac's heap);
   * a larger constant array belongs in runtime code, not in an unrolled circuit.
   */
  static final long ARRAY_ELEMENT_LIMIT = 1L << 22;
  /** Errors one model reports before evaluation stops: enough to fix, few enough to read. */
  static final int MAX_ERRORS = 100;
  private static final int EXCERPT = 48;

  private final Trees trees;
  private final List<Diagnostic> diagnostics;
  private final int qubits;
  private final int gateBudget;
  private final Map<Object, ElementIndex> indexes = new HashMap<>();
  private final Set<String> reported = new HashSet<>();
  final Statements statements = new Statements(this);
  final Expressions expressions = new Expressions(this);
  final ConstantFields fields = new ConstantFields(this);
  final QCalls qCalls = new QCalls(this);
  final PauliCalls pauliCalls = new PauliCalls(this);
  final AngleChecks angles = new AngleChecks(this);
  private List<GateOp> gates;
  private List<ChannelOp> channels = new ArrayList<>();
  private List<NormalizedFeatures> normalised = new ArrayList<>();
  private ElementIndex index;
  private Element current;
  private long iterations;
  private long arrayElements;
  private long totalGates;
  private int errors;
  private boolean deferred;

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
   * @param method the annotated method
   * @param arrays the values of its {@code double[]} parameters
   * @return the gates, or null if evaluation stopped at an error
   */
  public List<GateOp> circuit(ExecutableElement method, List<SymbolicArray> arrays) {
    gates = new ArrayList<>();
    channels = new ArrayList<>();
    normalised = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    args.add(Handle.Q);
    args.addAll(arrays);
    try {
      statements.invoke(method, args, null);
      return gates;
    } catch (Abort stopped) {
      return null;
    }
  }

  /**
   * Evaluates an observable method {@code Pauli name(Paulis p)}.
   *
   * @param method the annotated method
   * @return its value, or null after an error
   */
  public PauliTerms observable(ExecutableElement method) {
    gates = new ArrayList<>();
    try {
      Object value = statements.invoke(method, List.of(Handle.PAULIS), null);
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
   *
   * @return the features, in the order of the embeddings
   */
  public List<NormalizedFeatures> normalizedFeatures() {
    return List.copyOf(normalised);
  }

  /**
   * Whether some evaluated code does not type-check: javac reports that error itself once the
   * processor is done, and the processor's own errors about the same code would hide it.
   *
   * @return true if the model's diagnostics should be left to javac
   */
  public boolean deferredToJavac() {
    return deferred;
  }

  // ---- shared by the parts ----

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
      if (d.error() && ++errors >= MAX_ERRORS) {
        // A loop that repeats an error would otherwise report it once per iteration.
        diagnostics.add(Diagnostic.error(d.code(), Site.of(current), String.format(Locale.ROOT,
            "evaluation stopped after %d errors; fix these first", MAX_ERRORS)));
        throw new Abort();
      }
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

  void addNormalized(NormalizedFeatures features) {
    normalised.add(features);
  }

  /** The noise channels of the last circuit method evaluated, placed by its gate count. */
  public List<ChannelOp> channels() {
    return List.copyOf(channels);
  }

  /** Places a channel after the gates recorded so far. */
  void addChannel(ChannelKind kind, int wire, List<io.qml4j.processor.ir.Expr> parameters,
      Site site) {
    channels.add(new ChannelOp(kind, wire, parameters, gates.size(), site));
  }

  void addGate(GateOp op) {
    // The budget covers the whole model: feature map and ansatz together.
    if (++totalGates > gateBudget) {
      throw error(Code.BUDGET, null, "the circuit has more than %d gates, the model's gate budget; "
          + "raise @QuantumModel(gateBudget = ...) or use fewer layers", gateBudget);
    }
    gates.add(op);
  }

  /** Reads x[i] or theta[i], checking the declared size. */
  io.qml4j.processor.ir.Expr read(SymbolicArray s, int i, Tree tree) {
    return expressions.read(s, i, tree);
  }

  Trees trees() {
    return trees;
  }

  ElementIndex index() {
    return index;
  }

  Element current() {
    return current;
  }

  /** Counts one loop iteration against {@link #LOOP_LIMIT}. */
  void countIteration(Tree loop) {
    if (++iterations > LOOP_LIMIT) {
      throw error(Code.BUDGET, loop, "loops ran more than %,d iterations; a circuit loop must "
          + "end after a compile-time number of steps", LOOP_LIMIT);
    }
  }

  /** Counts array elements about to be allocated against {@link #ARRAY_ELEMENT_LIMIT}. */
  void countArrayElements(Tree creation, long count) {
    arrayElements += count;
    if (count > ARRAY_ELEMENT_LIMIT || arrayElements > ARRAY_ELEMENT_LIMIT) {
      throw error(Code.BUDGET, creation, "`%s` would make the model's compile-time arrays hold "
          + "more than %,d elements; a circuit method needs only small constant arrays",
          creation, ARRAY_ELEMENT_LIMIT);
    }
  }

  /**
   * Runs {@code body} with the names of the code at {@code path} resolved; {@code key} (a method,
   * field or static block) caches the index. Code javac could not type stops evaluation silently.
   */
  <T> T within(Object key, TreePath path, Element reportAs, Supplier<T> body) {
    ElementIndex savedIndex = index;
    Element savedCurrent = current;
    index = indexes.computeIfAbsent(key, k -> new ElementIndex(trees, path));
    if (index.erroneous()) {
      deferred = true;
      index = savedIndex;
      throw new Abort();
    }
    current = reportAs != null ? reportAs : current;
    try {
      return body.get();
    } finally {
      index = savedIndex;
      current = savedCurrent;
    }
  }
}
