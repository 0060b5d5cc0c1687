package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The class the processor generated from {@link Bell}, called as user code calls it. */
class BellTest {
  @Test
  void generatedModelMatchesTheAnalyticValues() {
    double theta = 0.7;
    // RY(theta)|0> then CNOT: cos(theta/2)|00> + sin(theta/2)|11>, so <Z0 Z1> = 1 and
    // <Z1> = cos^2(theta/2) - sin^2(theta/2) = cos(theta).
    double[] values = BellModel.expectations(new double[] {theta});
    assertEquals(1.0, values[0], 1e-12);
    assertEquals(Math.cos(theta), values[1], 1e-12);
    assertEquals(2, BellModel.QUBITS);
    assertEquals(1, BellModel.PARAMS);
  }

  @Test
  void generatedGradientsAreTheAnalyticOnes() {
    double theta = 0.7;
    double[][] d = BellModel.jacobian(new double[] {theta}).theta();
    assertEquals(0.0, d[0][0], 1e-12);                // <Z0 Z1> = 1 does not depend on theta
    assertEquals(-Math.sin(theta), d[1][0], 1e-12);   // d cos(theta) / d theta
  }
}
