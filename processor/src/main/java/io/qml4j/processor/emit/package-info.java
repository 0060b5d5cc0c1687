/**
 * The emit phase: writes the generated model class with JavaPoet, one kernel call per gate with
 * literal strides, split into chunk methods small enough for HotSpot to JIT-compile.
 */
package io.qml4j.processor.emit;
