package io.qml4j.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method {@code Pauli name(Paulis p)} that returns an observable of the model: a
 * Pauli string or a weighted sum of them. A model may declare several; they are measured in
 * declaration order.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Observable {}
