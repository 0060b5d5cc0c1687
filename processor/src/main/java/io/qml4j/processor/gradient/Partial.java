package io.qml4j.processor.gradient;

import io.qml4j.processor.ir.Expr;

/**
 * One term of the chain rule: {@code d angle / d symbol}, simplified, never the constant zero.
 *
 * @param symbol {@code theta[k]} or {@code x[j]}
 * @param derivative the partial derivative of the angle expression with respect to it
 */
public record Partial(Expr.Symbol symbol, Expr derivative) {}
