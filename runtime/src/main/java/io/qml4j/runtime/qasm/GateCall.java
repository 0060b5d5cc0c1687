package io.qml4j.runtime.qasm;

import java.util.List;

/**
 * A gate call as written, parameters not yet evaluated: at top level or inside a gate definition.
 *
 * @param name the gate name token, where errors about the call point
 * @param parameters the parameter expressions
 * @param parameterStarts the first token of each parameter, where errors about it point
 * @param arguments the qubit arguments
 */
record GateCall(Token name, List<Expression> parameters, List<Token> parameterStarts,
    List<GateCall.Argument> arguments) {

  /** A qubit argument: a whole register, or one element of it when {@code index} is not null. */
  record Argument(Token name, Token index) {}
}
