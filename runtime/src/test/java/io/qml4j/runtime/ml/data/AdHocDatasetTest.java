package io.qml4j.runtime.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdHocDatasetTest {
  @Test
  void labelsRespectTheGapAndClassesAreBalanced() {
    AdHocDataset adHoc = AdHocDataset.withRandomUnitary(2, 17);
    TrainTest data = adHoc.sample(20, 10, AdHocDataset.PAPER_GAP, 4);
    assertEquals(40, data.train().size());
    assertEquals(20, data.test().size());
    for (Dataset set : new Dataset[] {data.train(), data.test()}) {
      int ones = 0;
      for (int i = 0; i < set.size(); i++) {
        double[] x = set.features(i);
        double m = adHoc.labelValue(x);
        assertTrue(set.label(i) == 0 ? m >= 0.3 : m <= -0.3, "m(x) = " + m);
        for (double v : x) {
          assertTrue(v >= 0 && v < 2 * Math.PI);
        }
        ones += set.label(i);
      }
      assertEquals(set.size() / 2, ones);
    }
  }

  @Test
  void sameSeedSameDataOtherSeedOther() {
    TrainTest a = AdHocDataset.generate(5, 5, 0.3, 9);
    TrainTest b = AdHocDataset.generate(5, 5, 0.3, 9);
    TrainTest c = AdHocDataset.generate(5, 5, 0.3, 10);
    assertArrayEquals(a.train().features(0), b.train().features(0), 0);
    assertArrayEquals(a.test().labels(), b.test().labels());
    assertTrue(a.train().features(0)[0] != c.train().features(0)[0]);
  }

  @Test
  void haarUnitaryIsUnitaryAndFeatureStateIsNormalized() {
    double[][] re = new double[8][8];
    double[][] im = new double[8][8];
    AdHocDataset.haarUnitary(re, im, new SplittableRandom(1));
    for (int a = 0; a < 8; a++) {
      for (int b = 0; b < 8; b++) {
        double dotRe = 0;
        double dotIm = 0;
        for (int r = 0; r < 8; r++) {
          dotRe += re[r][a] * re[r][b] + im[r][a] * im[r][b];
          dotIm += re[r][a] * im[r][b] - im[r][a] * re[r][b];
        }
        assertEquals(a == b ? 1 : 0, dotRe, 1e-12);
        assertEquals(0, dotIm, 1e-12);
      }
    }
    double[] psi = AdHocDataset.withRandomUnitary(3, 2).featureState(new double[] {0.1, 2, 5});
    double norm = 0;
    for (double v : psi) {
      norm += v * v;
    }
    assertEquals(1, norm, 1e-12);
  }

  @Test
  void featureStateAtOriginMatchesHandComputation() {
    // x = 0: phi = (pi^2) Z1 Z2, U = diag(e^{i pi^2}, e^{-i pi^2}, e^{-i pi^2}, e^{i pi^2});
    // amplitude of |00> is (1/4) sum_b u_b^2 / ... computed directly: H U H |+>|+> with U diagonal.
    double p = Math.PI * Math.PI;
    double[] u = {p, -p, -p, p};
    // |s> = U |++> ; |t> = H |s> ; |psi> = U |t>
    double[] sRe = new double[4];
    double[] sIm = new double[4];
    for (int b = 0; b < 4; b++) {
      sRe[b] = 0.5 * Math.cos(u[b]);
      sIm[b] = 0.5 * Math.sin(u[b]);
    }
    double[] psi = AdHocDataset.withRandomUnitary(2, 0).featureState(new double[] {0, 0});
    for (int a = 0; a < 4; a++) {
      double tRe = 0;
      double tIm = 0;
      for (int b = 0; b < 4; b++) {
        double sign = Integer.bitCount(a & b) % 2 == 0 ? 0.5 : -0.5;
        tRe += sign * sRe[b];
        tIm += sign * sIm[b];
      }
      assertEquals(Math.cos(u[a]) * tRe - Math.sin(u[a]) * tIm, psi[2 * a], 1e-12);
      assertEquals(Math.sin(u[a]) * tRe + Math.cos(u[a]) * tIm, psi[2 * a + 1], 1e-12);
    }
  }

  @Test
  void badArgumentsAreRejected() {
    AdHocDataset adHoc = AdHocDataset.withRandomUnitary(2, 1);
    assertThrows(IllegalArgumentException.class, () -> AdHocDataset.withRandomUnitary(0, 1));
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> adHoc.sample(5, 5, 1.5, 1));
    assertTrue(gap.getMessage().startsWith("gap"));
    assertThrows(IllegalArgumentException.class, () -> adHoc.sample(0, 5, 0.3, 1));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> adHoc.labelValue(new double[] {1, 2, 3}));
    assertTrue(x.getMessage().contains("expected 2 features, got 3"));
    assertThrows(IllegalArgumentException.class, () -> adHoc.labelValue(new double[] {1, Double.NaN}));
  }
}
