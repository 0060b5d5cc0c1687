package io.qml4j.processor.ir;

import io.qml4j.dsl.ChannelKind;
import java.util.List;

/**
 * A noise channel placed in a circuit method ({@code q.depolarizing(w, p)}, ...): its kind, wire
 * and parameters (expressions of {@code theta} and {@code x}; constants are checked at compile
 * time), placed after the first {@code position} gates of the circuit as written (feature map,
 * then ansatz).
 *
 * @param kind the channel
 * @param wire its wire
 * @param parameters its parameters, as the kind names them
 * @param position how many written gates come before it
 * @param site the call that placed it
 */
public record ChannelOp(ChannelKind kind, int wire, List<Expr> parameters, int position,
    Site site) {
  /** Copies the parameters. */
  public ChannelOp {
    parameters = List.copyOf(parameters);
  }

  /** The channel moved {@code offset} gates later (an ansatz's channel after the feature map). */
  public ChannelOp after(int offset) {
    return new ChannelOp(kind, wire, parameters, position + offset, site);
  }
}
