package io.qml4j.samples.showcase;

import java.util.Locale;

/**
 * Where the classifier task's quantum model comes from, chosen by its {@code --model} option:
 * built at run time, or generated at compile time by the annotation processor.
 */
public enum ClassifierSource {
  /**
   * A data re-uploading circuit the runtime builds from {@code --qubits} and {@code --layers},
   * differentiated by the runtime's adjoint method.
   */
  RUNTIME,
  /**
   * {@code MoonsClassifierModel}, generated from {@code MoonsClassifier}: its shape is fixed at
   * compile time and its gradient is the generated adjoint code.
   */
  COMPILED;

  /** The command-line spelling, lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
