package io.qml4j.runtime.kernel;

/** Exchanges two basis patterns with a phase, under optional controls: SWAP, iSWAP, CSWAP. */
final class ExchangeStep extends Step {
  private final int a, b;
  private final double er, ei;

  ExchangeStep(int controls, int a, int b, double er, double ei) {
    super(controls | a | b, controls, a | b);
    this.a = a;
    this.b = b;
    this.er = er;
    this.ei = ei;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    MultiWireKernels.exchange(s, insert, set, a, b, er, ei, from, to);
  }

  @Override
  FloatStep toFloat() {
    return new FloatMultiWireSteps.Exchange(this, a, b, er, ei);
  }
}
