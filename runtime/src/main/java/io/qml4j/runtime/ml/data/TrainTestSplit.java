package io.qml4j.runtime.ml.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Seeded random splits of a dataset into training and test sets. */
public final class TrainTestSplit {
  private TrainTestSplit() {}

  /**
   * Shuffles the examples with the seed and holds out {@code round(testFraction * size)} of them.
   *
   * @param testFraction in (0, 1); both sets must end up non-empty
   */
  public static TrainTest split(Dataset data, double testFraction, long seed) {
    int testSize = testSize(data.size(), testFraction);
    int[] order = permutation(data.size(), new SplittableRandom(seed));
    int[] test = new int[testSize];
    int[] train = new int[data.size() - testSize];
    System.arraycopy(order, 0, test, 0, testSize);
    System.arraycopy(order, testSize, train, 0, train.length);
    return new TrainTest(data.subset(train), data.subset(test));
  }

  /**
   * Like {@link #split} but holds out the same fraction of every class (rounded per class, at
   * least one test and one training example per class), so both sets keep the class balance.
   */
  public static TrainTest stratified(Dataset data, double testFraction, long seed) {
    testSize(data.size(), testFraction);
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int c : data.classes()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (data.label(i) == c) {
          members.add(i);
        }
      }
      if (members.size() < 2) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "data: class %d has %d example(s), a stratified split needs at least 2",
            c, members.size()));
      }
      int[] order = permutation(members.size(), random);
      int held = Math.min(members.size() - 1,
          Math.max(1, (int) Math.round(testFraction * members.size())));
      for (int k = 0; k < order.length; k++) {
        (k < held ? test : train).add(members.get(order[k]));
      }
    }
    return new TrainTest(data.subset(shuffled(train, random)), data.subset(shuffled(test, random)));
  }

  private static int testSize(int size, double testFraction) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "testFraction: expected a number in (0, 1), got " + testFraction);
    }
    int testSize = (int) Math.round(testFraction * size);
    if (testSize < 1 || testSize > size - 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "testFraction: %s of %d examples leaves an empty training or test set",
          testFraction, size));
    }
    return testSize;
  }

  private static int[] shuffled(List<Integer> indices, SplittableRandom random) {
    int[] order = permutation(indices.size(), random);
    int[] out = new int[order.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = indices.get(order[k]);
    }
    return out;
  }

  /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
  static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
