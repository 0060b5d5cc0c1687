package io.qml4j.runtime.vqe.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** qml4j's H2 data against values other libraries published (sources in the resource files). */
class PublishedChemistryTest {
  /** The issue's bound on every Jordan-Wigner coefficient against Qiskit Nature's. */
  private static final double COEFFICIENT_TOLERANCE = 1e-10;

  /** The issue's bound on FCI energies against published FCI/STO-3G values. */
  private static final double ENERGY_TOLERANCE = 1e-8;

  @Test
  void jordanWignerCoefficientsEqualQiskitNaturesAt0735Angstrom() throws IOException {
    assertMatchesQiskit("[jordan-wigner]", FermionMapping.JORDAN_WIGNER);
  }

  @Test
  void parityCoefficientsEqualQiskitNaturesAt0735Angstrom() throws IOException {
    assertMatchesQiskit("[parity]", FermionMapping.PARITY);
  }

  private static void assertMatchesQiskit(String section, FermionMapping mapping)
      throws IOException {
    H2Sto3g h2 = H2Sto3g.atAngstrom(0.735);
    PauliSum ours = h2.integrals().qubitHamiltonian(SpinOrdering.BLOCKED, mapping)
        .minus(PauliSum.constant(h2.nuclearRepulsion()));
    Map<PauliString, Double> published = qiskitSection(section);
    assertEquals(published.size(), ours.terms().size(), "same strings, none extra");
    for (Map.Entry<PauliString, Double> e : published.entrySet()) {
      assertEquals(e.getValue(), ours.coefficient(e.getKey()), COEFFICIENT_TOLERANCE,
          section + " " + e.getKey());
    }
  }

  @Test
  void interleavedJordanWignerTermsAreQiskitsWithOrbitalsRenamed() throws IOException {
    // The shipped ordering moves Qiskit's spin orbital 1 (sigma_u up) to 2 and 2 (sigma_g down) to
    // 1; the Z and ZZ terms follow the orbitals, the exchange terms keep their magnitude.
    PauliSum shipped = H2Hamiltonians.load(0.735);
    Map<PauliString, Double> q = qiskitSection("[jordan-wigner]");
    assertEquals(q.get(PauliString.parse("Z1")), shipped.coefficient(PauliString.parse("Z2")),
        COEFFICIENT_TOLERANCE);
    assertEquals(q.get(PauliString.parse("Z0 Z1")),
        shipped.coefficient(PauliString.parse("Z0 Z2")), COEFFICIENT_TOLERANCE);
    assertEquals(q.get(PauliString.parse("Z0 Z2")),
        shipped.coefficient(PauliString.parse("Z0 Z1")), COEFFICIENT_TOLERANCE);
    assertEquals(q.get(PauliString.parse("X0 X1 X2 X3")),
        Math.abs(shipped.coefficient(PauliString.parse("X0 X1 Y2 Y3"))), COEFFICIENT_TOLERANCE);
  }

  @Test
  void fciEnergiesAtEveryShippedBondLengthEqualPublishedValues() throws IOException {
    List<String[]> rows = csv("h2-sto3g-fci-published.csv");
    assertEquals(H2Hamiltonians.bondLengths().length, rows.size(), "one value per bond length");
    for (String[] row : rows) {
      double r = Double.parseDouble(row[0]);
      double published = Double.parseDouble(row[1]);
      double shipped = ExactDiagonalization.groundEnergy(H2Hamiltonians.load(r), 4);
      assertEquals(published, shipped, ENERGY_TOLERANCE, r + " Angstrom (" + row[2] + ")");
      assertEquals(published, FullCi.groundEnergy(H2Sto3g.atAngstrom(r).integrals()),
          ENERGY_TOLERANCE, r + " Angstrom, FCI in the two-electron singlet sector");
    }
  }

  @Test
  void contractionIsNormalizedAsPyscfDoes() {
    ContractedGaussian phi = ContractedGaussian.hydrogenSto3g(0, 0, 0);
    assertEquals(1, GaussianIntegrals.overlap(phi, phi), 1e-15);
    ContractedGaussian tabulated = new ContractedGaussian(
        new double[] {3.42525091, 0.62391373, 0.16885540},
        new double[] {0.15432897, 0.53532814, 0.44463454}, new double[3]);
    assertEquals(-9.1e-9, GaussianIntegrals.overlap(tabulated, tabulated) - 1, 1e-10,
        "the tabulated coefficients fall short of unit norm by about 9e-9");
  }

  static Map<PauliString, Double> qiskitSection(String section) throws IOException {
    Map<PauliString, Double> terms = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    boolean in = false;
    for (String line : lines("qiskit-nature-h2-0.735.txt")) {
      if (line.startsWith("[")) {
        in = line.equals(section);
      } else if (in && !line.startsWith("#") && !line.isBlank()) {
        String[] f = line.trim().split("\\s+");
        terms.put(fromQiskitLabel(f[1]), Double.parseDouble(f[0]));
      }
    }
    return terms;
  }

  /** Qiskit's label lists qubit n-1 first; qml4j's wire k is Qiskit's qubit k. */
  private static PauliString fromQiskitLabel(String label) {
    Map<Integer, Character> letters = new TreeMap<>();
    int n = label.length();
    for (int k = 0; k < n; k++) {
      char c = label.charAt(n - 1 - k);
      if (c != 'I') {
        letters.put(k, c);
      }
    }
    return PauliString.of(letters);
  }

  private static List<String[]> csv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        rows.add(line.split(",", 3));
      }
    }
    return rows;
  }

  static List<String> lines(String name) throws IOException {
    try (InputStream in = PublishedChemistryTest.class.getResourceAsStream(name)) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }
}
