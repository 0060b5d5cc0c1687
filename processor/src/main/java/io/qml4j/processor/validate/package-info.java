/**
 * Validation of models: before evaluation, the shape of a model class (the generated name, the
 * annotated methods' signatures, the register and counts they declare); after evaluation, checks
 * that need the complete circuit, such as trainable parameters no gate reads. Per-gate checks
 * (wire range, repeated wires, index range) happen during evaluation, where the offending tree is
 * at hand.
 */
package io.qml4j.processor.validate;
