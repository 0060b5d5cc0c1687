package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer task on the shipped digits: issue 13's comparison, its plots and options. */
class TransferTaskTest {
  @TempDir
  java.nio.file.Path out;

  @Test
  void fineTuningReachesTheTargetSoonerThanScratchAndReloadsBitForBit() throws IOException {
    TaskResult r = run(out, "transfer");
    double transferStep = r.value("transfer steps to target");
    double scratchStep = r.value("scratch steps to target");
    assertTrue(transferStep >= 0 && (scratchStep < 0 || transferStep < scratchStep),
        r.figure());
    assertTrue(r.value("transfer accuracy") > r.value("scratch accuracy"), r.figure());
    assertEquals(1.0, r.value("saved model identical"));
    assertTrue(r.meetsReference(), r.figure());
    // the source models learnt their ten-digit task well above chance (0.1)
    assertTrue(r.value("source circuit accuracy") > 0.6, r.figure());
    assertTrue(r.value("extractor accuracy") > 0.7, r.figure());
    assertEquals(2, r.plots().size());
    for (java.nio.file.Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void shippedDigitsAreTheFileTheReadmeDescribes() throws IOException, NoSuchAlgorithmException {
    Dataset all = MnistDigits.all();
    assertEquals(10 * MnistDigits.PER_DIGIT, all.size());
    assertEquals(MnistDigits.FEATURES, all.dimension());
    for (int digit = 0; digit < 10; digit++) {
      assertEquals(MnistDigits.PER_DIGIT, MnistDigits.rows(new int[] {digit}, 0,
          MnistDigits.PER_DIGIT).size());
    }
    byte[] csv;
    try (InputStream in = MnistDigits.class.getResourceAsStream(MnistDigits.RESOURCE)) {
      csv = in.readAllBytes();
    }
    String readme;
    try (InputStream in = MnistDigits.class.getResourceAsStream(
        "/io/qml4j/samples/data/mnist-7x7/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
    assertTrue(readme.contains(sha), "README names SHA-256 " + sha);
  }

  @Test
  void outOfRangeOptionsAreNamed() {
    assertEquals("--frozen-layers: expected 0 to 6, got 7",
        assertThrows(IllegalArgumentException.class,
            () -> run(out, "transfer", "--frozen-layers", "7")).getMessage());
    assertEquals("--samples: expected 1 to 100, got 0",
        assertThrows(IllegalArgumentException.class,
            () -> run(out, "transfer", "--samples", "0")).getMessage());
  }
}
