package io.qml4j.runtime.ml.boltzmann;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Gibbs state {@code rho = exp(-H/T) / Z} of a real symmetric Hamiltonian, through its
 * eigendecomposition {@code H = V diag(E) V^T}: {@code ln Z} by log-sum-exp (no overflow at low
 * temperature) and the diagonal of rho in the computational basis, from which every expectation
 * of a diagonal observable follows. A diagonal Hamiltonian skips the decomposition.
 */
final class GibbsState {
  private final double logPartition;
  private final double[] diagonal;

  private GibbsState(double logPartition, double[] diagonal) {
    this.logPartition = logPartition;
    this.diagonal = diagonal;
  }

  /** The state of the dense row-major {@code dim x dim} matrix h at temperature t. */
  static GibbsState of(double[] h, int dim, double t, boolean isDiagonal) {
    if (isDiagonal) {
      double[] energies = new double[dim];
      for (int s = 0; s < dim; s++) {
        energies[s] = h[s * dim + s];
      }
      double[] weights = new double[dim];
      double logZ = boltzmannWeights(energies, t, weights);
      return new GibbsState(logZ, weights);
    }
    DMatrixRMaj matrix = new DMatrixRMaj(dim, dim, true, h);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, true, true);
    if (!eig.decompose(matrix)) {
      throw new IllegalStateException("the symmetric eigendecomposition did not converge");
    }
    double[] energies = new double[dim];
    for (int j = 0; j < dim; j++) {
      energies[j] = eig.getEigenvalue(j).getReal();
    }
    double[] weights = new double[dim];
    double logZ = boltzmannWeights(energies, t, weights);
    double[] diagonal = new double[dim];
    for (int j = 0; j < dim; j++) {
      DMatrixRMaj v = eig.getEigenVector(j);
      for (int s = 0; s < dim; s++) {
        double a = v.get(s);
        diagonal[s] += weights[j] * a * a;
      }
    }
    return new GibbsState(logZ, diagonal);
  }

  /** Writes {@code exp(-E_j/T) / Z} into weights and returns {@code ln Z}. */
  private static double boltzmannWeights(double[] energies, double t, double[] weights) {
    double lowest = Double.POSITIVE_INFINITY;
    for (double e : energies) {
      lowest = Math.min(lowest, e);
    }
    double sum = 0;
    for (int j = 0; j < energies.length; j++) {
      weights[j] = Math.exp(-(energies[j] - lowest) / t);
      sum += weights[j];
    }
    for (int j = 0; j < energies.length; j++) {
      weights[j] /= sum;
    }
    return -lowest / t + Math.log(sum);
  }

  /** {@code ln Tr exp(-H/T)}. */
  double logPartition() {
    return logPartition;
  }

  /** {@code <s|rho|s>} for every basis state s; shared, callers must not modify it. */
  double[] diagonal() {
    return diagonal;
  }
}
