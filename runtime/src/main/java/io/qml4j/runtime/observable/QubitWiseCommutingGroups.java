package io.qml4j.runtime.observable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Partitions the terms of an observable into groups whose strings commute qubit-wise (on every
 * shared wire they carry the same letter). All strings of a group are diagonal in one product
 * basis, so one rotated copy of the state and one set of shots estimates the whole group.
 *
 * <p>The partition is greedy first-fit with the heaviest strings placed first, the "largest
 * first" colouring heuristic of the qubit-wise commutation graph (Verteletskyi, Yen and Izmaylov,
 * J. Chem. Phys. 152, 124114 (2020), section II); it is deterministic, not always minimal.
 */
public final class QubitWiseCommutingGroups {
  private QubitWiseCommutingGroups() {}

  /**
   * One group of qubit-wise commuting terms.
   *
   * @param terms the terms, none of them the identity, in the order they appear in the observable
   * @param basis the merged measurement basis: on each wire, the letter the group's strings carry
   *     there (X, Y or Z), identity where none acts
   */
  public record Group(List<PauliSum.Term> terms, PauliString basis) {
    /** Copies the term list. */
    public Group {
      terms = List.copyOf(terms);
    }

    /** The group's terms as an observable. */
    public PauliSum sum() {
      return PauliSum.of(terms);
    }
  }

  /**
   * The groups of an observable's non-identity terms; each such term is in exactly one group. The
   * identity term is left out: its expectation is its coefficient and needs no measurement
   * (see {@link PauliSum#constant()}).
   */
  public static List<Group> of(PauliSum h) {
    List<PauliSum.Term> order = new ArrayList<>();
    for (PauliSum.Term t : h.terms()) {
      if (!t.string().isIdentity()) {
        order.add(t);
      }
    }
    // stable sort: heaviest first, ties in the observable's order
    order.sort(Comparator.comparingInt((PauliSum.Term t) -> t.string().weight()).reversed());
    List<List<PauliSum.Term>> members = new ArrayList<>();
    List<TreeMap<Integer, Character>> bases = new ArrayList<>();
    for (PauliSum.Term t : order) {
      int g = 0;
      while (g < bases.size() && !fits(bases.get(g), t.string())) {
        g++;
      }
      if (g == bases.size()) {
        members.add(new ArrayList<>());
        bases.add(new TreeMap<>());
      }
      members.get(g).add(t);
      for (int w : t.string().wires()) {
        bases.get(g).put(w, t.string().letter(w));
      }
    }
    List<Group> groups = new ArrayList<>(members.size());
    for (int g = 0; g < members.size(); g++) {
      List<PauliSum.Term> inOrder = new ArrayList<>(members.get(g));
      inOrder.sort(Comparator.comparingInt(t -> h.terms().indexOf(t)));
      groups.add(new Group(inOrder, PauliString.of(bases.get(g))));
    }
    return Collections.unmodifiableList(groups);
  }

  private static boolean fits(TreeMap<Integer, Character> basis, PauliString p) {
    for (int w : p.wires()) {
      Character letter = basis.get(w);
      if (letter != null && letter != p.letter(w)) {
        return false;
      }
    }
    return true;
  }
}
