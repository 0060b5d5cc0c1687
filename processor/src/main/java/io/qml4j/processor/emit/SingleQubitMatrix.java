package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.GATE;

import com.squareup.javapoet.CodeBlock;
import io.qml4j.processor.ir.GateOp;
import java.util.List;

/**
 * The 2x2 matrix of a fusable single-qubit gate ({@link SingleQubitRuns#FUSABLE}) as eight
 * {@link Entry} values (re, im of a, b, c, d), for {@link FusedMatrix} to multiply: literal zeros
 * and ones where the gate has them, so that products of diagonal or real gates stay diagonal or
 * real; locals for cosines and sines of the angle; the gate table's matrix for U3 and ROT.
 */
final class SingleQubitMatrix {
  private SingleQubitMatrix() {}

  /** The matrix of g, declaring its angle and trigonometry locals (named after id) into b. */
  static Entry[] of(CodeBlock.Builder b, GateOp g, String id, AngleLocals angles) {
    Entry z = Entry.ZERO;
    Entry one = Entry.ONE;
    Entry r = Entry.constant(Math.sqrt(0.5));
    List<String> a = angles.declare(b, g, id);
    String c = "c" + id;
    String s = "s" + id;
    Entry cos = Entry.local(c);
    Entry sin = Entry.local(s);
    switch (g.gate()) {
      case H: return new Entry[] {r, z, r, z, r, z, r.negate(), z};
      case X: return new Entry[] {z, z, one, z, one, z, z, z};
      case Y: return new Entry[] {z, z, z, one.negate(), z, one, z, z};
      case Z: return new Entry[] {one, z, z, z, z, z, one.negate(), z};
      case S: return new Entry[] {one, z, z, z, z, z, z, one};
      case SDG: return new Entry[] {one, z, z, z, z, z, z, one.negate()};
      case T: return new Entry[] {one, z, z, z, z, z, r, r};
      case TDG: return new Entry[] {one, z, z, z, z, z, r, r.negate()};
      case SX: {
        Entry h = Entry.constant(0.5);
        return new Entry[] {h, h, h, h.negate(), h, h.negate(), h, h};
      }
      case RX:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        return new Entry[] {cos, z, z, sin.negate(), z, sin.negate(), cos, z};
      case RY:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        return new Entry[] {cos, z, sin.negate(), z, sin, z, cos, z};
      case RZ:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        return new Entry[] {cos, sin.negate(), z, z, z, z, cos, sin};
      case PHASE_SHIFT:
        AngleLocals.fullAngle(b, g, a.get(0), c, s);
        return new Entry[] {one, z, z, z, z, z, cos, sin};
      default: { // U3, ROT: the gate table's matrix
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        Entry[] e = new Entry[8];
        for (int k = 0; k < 8; k++) {
          e[k] = Entry.local(m + "[" + k + "]");
        }
        return e;
      }
    }
  }
}
