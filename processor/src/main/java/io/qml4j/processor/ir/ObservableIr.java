package io.qml4j.processor.ir;

/**
 * An evaluated {@code @Observable} method.
 *
 * @param name the method name
 * @param terms its value
 * @param site the method
 */
public record ObservableIr(String name, PauliTerms terms, Site site) {}
