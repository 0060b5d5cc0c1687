package io.qml4j.runtime.qasm;

import io.qml4j.runtime.noise.NoisyCircuit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads OpenQASM 2.0 programs with dynamic parts, and the OpenQASM 3 that
 * {@link DynamicQasmExporter} writes, into a {@link NoisyCircuit}: everything
 * {@link QasmImporter} reads, plus mid-circuit {@code measure} ({@code measure q -> c;} or
 * {@code c[k] = measure q[w];}; a gate may follow on the measured qubit), {@code reset} anywhere,
 * and {@code if (c == k) gate;}, {@code if (c == k) measure q -> b;} and
 * {@code if (c == k) reset q;}, which apply the statement when the classical register {@code c}
 * read as an integer ({@code c[0]} least significant) equals k; OpenQASM 3's
 * {@code if (c[k] == v) { ... }} and {@code if (c[a:b] == v) { ... }} condition a block of gates
 * on one bit or a range of bits. Whatever else OpenQASM 3 has ({@code else}, loops,
 * subroutines, classical types, stepped ranges) is refused with its line and column.
 * Classical registers are laid out on consecutive bits in declaration order. Run the result with
 * {@link io.qml4j.runtime.noise.DensityMatrixSimulator} (exact branching) or
 * {@link io.qml4j.runtime.noise.TrajectorySimulator} (sampling).
 */
public final class DynamicQasmImporter {
  private DynamicQasmImporter() {}

  /**
   * The dynamic circuit of an OpenQASM 2.0 program or of the OpenQASM 3 subset above.
   *
   * @throws QasmException if the program cannot be read, with its line and column
   */
  public static NoisyCircuit parse(String source) {
    Objects.requireNonNull(source, "source");
    return QasmParser.parseDynamic(source);
  }

  /**
   * Reads a UTF-8 OpenQASM file.
   *
   * @throws IOException if the file cannot be read
   * @throws QasmException if the program cannot be read, with its line and column
   */
  public static NoisyCircuit read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }
}
