/** The qml4j annotation processor. */
package io.qml4j.processor;
