/**
 * Circuit drawing and resource counts: {@link io.qml4j.runtime.draw.CircuitDrawer} prints a text
 * diagram with one line per wire, {@link io.qml4j.runtime.draw.ResourceCounts} counts gates by
 * kind, multi-qubit gates, depth and multi-qubit depth.
 */
package io.qml4j.runtime.draw;
