package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QubitWiseCommutingGroupsTest {
  @Test
  void groupsAKnownObservable() {
    PauliSum h = PauliSum.parse("Z0 Z1 + 0.5 Z0 + X0 X1 - X1 + 2 Y0 + 3");
    List<QubitWiseCommutingGroups.Group> groups = QubitWiseCommutingGroups.of(h);
    assertEquals(3, groups.size());
    assertEquals(PauliSum.parse("Z0 Z1 + 0.5 Z0"), groups.get(0).sum());
    assertEquals(PauliString.parse("Z0 Z1"), groups.get(0).basis());
    assertEquals(PauliSum.parse("X0 X1 - X1"), groups.get(1).sum());
    assertEquals(PauliString.parse("X0 X1"), groups.get(1).basis());
    assertEquals(PauliSum.parse("2 Y0"), groups.get(2).sum());
  }

  /** Random observables: a partition of the non-identity terms into qubit-wise commuting sets. */
  @Test
  void randomObservablesArePartitionedIntoCommutingGroups() {
    SplittableRandom random = new SplittableRandom(10);
    for (int trial = 0; trial < 50; trial++) {
      PauliSum h = DenseReference.randomSum(4, 1 + random.nextInt(15), random);
      List<QubitWiseCommutingGroups.Group> groups = QubitWiseCommutingGroups.of(h);
      List<PauliSum.Term> seen = new ArrayList<>();
      for (QubitWiseCommutingGroups.Group g : groups) {
        assertTrue(!g.terms().isEmpty());
        for (PauliSum.Term a : g.terms()) {
          for (PauliSum.Term b : g.terms()) {
            assertTrue(a.string().qubitWiseCommutes(b.string()), a + " and " + b);
          }
          for (int w : a.string().wires()) {
            assertEquals(a.string().letter(w), g.basis().letter(w), "basis on wire " + w);
          }
        }
        seen.addAll(g.terms());
      }
      List<PauliSum.Term> expected = new ArrayList<>();
      for (PauliSum.Term t : h.terms()) {
        if (!t.string().isIdentity()) {
          expected.add(t);
        }
      }
      assertEquals(expected.size(), seen.size(), "each term in exactly one group");
      assertEquals(new HashSet<>(expected), new HashSet<>(seen));
      assertEquals(groups, QubitWiseCommutingGroups.of(h), "deterministic");
    }
  }
}
