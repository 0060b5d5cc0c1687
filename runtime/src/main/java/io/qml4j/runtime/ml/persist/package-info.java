/**
 * Trained parameters on disk: {@link io.qml4j.runtime.ml.persist.ModelParameters} (a model's
 * name and kind, the named blocks its values fall into, the values and optional metadata) and
 * {@link io.qml4j.runtime.ml.persist.ParameterFile}, which writes them as versioned JSON whose
 * doubles read back bit for bit, and refuses a file of another version, another model or another
 * shape with a message naming the file and what differs.
 */
package io.qml4j.runtime.ml.persist;
