package io.qml4j.samples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Shared steps of the showcase tests: tasks from command-line arguments, plot checks. */
final class ShowcaseTesting {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ShowcaseTesting() {}

  /** The task a subcommand's arguments configure, parsed as the command line would. */
  static ShowcaseTask task(String subcommand, String... options) {
    return ShowcaseCommand.task(subcommand, options);
  }

  /** Runs a task silently, its plots into the folder. */
  static TaskResult run(Path folder, String subcommand, String... options) throws IOException {
    return task(subcommand, options).run(new ShowcaseContext(folder, Progress.silent()));
  }

  /** Asserts that the file is a PNG of the showcase's size, decoded by ImageIO. */
  static void assertPng(Path file) throws IOException {
    assertTrue(Files.isRegularFile(file), file + " exists");
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " decodes as an image");
    assertEquals(Charts.WIDTH, image.getWidth(), file + " width");
    assertEquals(Charts.HEIGHT, image.getHeight(), file + " height");
  }
}
