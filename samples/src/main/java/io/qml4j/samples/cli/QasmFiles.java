package io.qml4j.samples.cli;

import io.qml4j.runtime.qasm.QasmException;
import io.qml4j.runtime.qasm.QasmImporter;
import io.qml4j.runtime.qasm.QasmProgram;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an OpenQASM 2.0 file, turning every failure into a one-line {@link CliInputException}. */
final class QasmFiles {
  private QasmFiles() {}

  static QasmProgram read(Path file) {
    try {
      return QasmImporter.read(file);
    } catch (NoSuchFileException e) {
      throw new CliInputException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new CliInputException("cannot read " + file + ": " + e.getMessage());
    } catch (QasmException e) {
      throw new CliInputException(file + ":" + e.line() + ":" + e.column() + ": " + e.detail());
    }
  }
}
