package io.qml4j.runtime.vqe.chem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the FCIDUMP format (Knowles and Handy, Comput. Phys. Commun. 54, 75 (1989)),
 * which PySCF ({@code pyscf.tools.fcidump}), psi4 ({@code fcidump()}) and Molpro write: a Fortran
 * namelist header {@code &FCI NORB=.., NELEC=.., MS2=.., ORBSYM=.., ISYM=.. &END} (or ending in
 * {@code /}), then one line per integral, {@code value i j k l} with 1-based orbital indices:
 * {@code (ij|kl)} when all four are non-zero, {@code h_ij} when {@code k = l = 0}, an orbital
 * energy (ignored) when only i is non-zero, and the core energy when all are zero. Only one of
 * each set of symmetry-equivalent integrals need appear; the reader fills in the rest. Fortran
 * exponents ({@code 1.0D-03}) are accepted. Unrestricted files ({@code IUHF=1}) are rejected.
 *
 * <p>So a molecule prepared in any of those codes becomes a qml4j Hamiltonian with
 * {@code Fcidump.read(path).qubitHamiltonian(ordering, mapping)}.
 */
public final class Fcidump {
  /**
   * Integrals of smaller magnitude are not written, as PySCF's writer does (its {@code TOL}); they
   * are zero by symmetry and only rounding noise.
   */
  public static final double WRITE_THRESHOLD = 1e-15;

  private Fcidump() {}

  /** Reads an FCIDUMP file; errors name the file and line. */
  public static MolecularIntegrals read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read FCIDUMP file " + file, e);
    }
    return parse(text, file.getFileName().toString());
  }

  /**
   * Parses FCIDUMP text.
   *
   * @param source the name used in error messages, e.g. the file name
   * @throws FcidumpException naming the line and field at fault
   */
  public static MolecularIntegrals parse(String text, String source) {
    String[] lines = text.split("\r?\n", -1);
    StringBuilder header = new StringBuilder();
    int line = 0;
    boolean ended = false;
    boolean started = false;
    while (line < lines.length && !ended) {
      String l = lines[line++].trim();
      if (!started) {
        if (l.isEmpty()) {
          continue;
        }
        if (!l.toUpperCase(Locale.ROOT).startsWith("&FCI")) {
          throw new FcidumpException(source, line,
              "expected the header to start with &FCI, got '" + abbreviate(l) + "'");
        }
        started = true;
        l = l.substring(4);
      }
      String upper = l.toUpperCase(Locale.ROOT);
      int end = upper.indexOf("&END");
      if (end < 0 && (l.equals("/") || l.endsWith(" /") || l.endsWith(",/"))) {
        end = l.lastIndexOf('/');
      }
      if (end >= 0) {
        l = l.substring(0, end);
        ended = true;
      }
      header.append(' ').append(l);
    }
    if (!ended) {
      throw new FcidumpException(source, line,
          started ? "the header has no &END (or /) line" : "empty file: expected an &FCI header");
    }
    Map<String, List<String>> keys = namelist(header.toString(), source, line);
    int orbitals = integerKey(keys, "NORB", source, line);
    int electrons = integerKey(keys, "NELEC", source, line);
    int spinTwice = keys.containsKey("MS2") ? integerKey(keys, "MS2", source, line) : 0;
    if (keys.containsKey("IUHF") && integerKey(keys, "IUHF", source, line) != 0) {
      throw new FcidumpException(source, line,
          "IUHF: unrestricted (UHF) FCIDUMP files are not supported; write restricted orbitals");
    }
    if (orbitals < 1 || orbitals > MolecularIntegrals.MAX_ORBITALS) {
      throw new FcidumpException(source, line, String.format(Locale.ROOT,
          "NORB: expected 1..%d orbitals, got %d", MolecularIntegrals.MAX_ORBITALS, orbitals));
    }
    double core = 0;
    double[][] h = new double[orbitals][orbitals];
    double[][][][] g = new double[orbitals][orbitals][orbitals][orbitals];
    for (; line < lines.length; line++) {
      String l = lines[line].trim();
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split("[\\s,]+");
      int at = line + 1;
      if (f.length != 5) {
        throw new FcidumpException(source, at, String.format(Locale.ROOT,
            "expected 5 fields 'value i j k l', got %d in '%s'", f.length, abbreviate(l)));
      }
      double v = number(f[0], source, at);
      int i = index(f[1], 2, "i", orbitals, source, at);
      int j = index(f[2], 3, "j", orbitals, source, at);
      int k = index(f[3], 4, "k", orbitals, source, at);
      int m = index(f[4], 5, "l", orbitals, source, at);
      if (i == 0 && j == 0 && k == 0 && m == 0) {
        core = v;
      } else if (k == 0 && m == 0) {
        if (j == 0) {
          continue; // an orbital energy: not part of the Hamiltonian
        }
        if (i == 0) {
          throw new FcidumpException(source, at, "field 2 (index i): expected a non-zero index "
              + "when j is non-zero, got 0");
        }
        h[i - 1][j - 1] = v;
        h[j - 1][i - 1] = v;
      } else {
        if (i == 0 || j == 0 || k == 0 || m == 0) {
          throw new FcidumpException(source, at, String.format(Locale.ROOT,
              "expected four non-zero indices for a two-electron integral, got %d %d %d %d",
              i, j, k, m));
        }
        setWithSymmetry(g, i - 1, j - 1, k - 1, m - 1, v);
      }
    }
    try {
      return new MolecularIntegrals(electrons, spinTwice, core, h, g);
    } catch (IllegalArgumentException e) {
      throw new FcidumpException(source, 0, e.getMessage());
    }
  }

  private static void setWithSymmetry(double[][][][] g, int p, int q, int r, int s, double v) {
    int[][] images = {{p, q, r, s}, {q, p, r, s}, {p, q, s, r}, {q, p, s, r},
        {r, s, p, q}, {s, r, p, q}, {r, s, q, p}, {s, r, q, p}};
    for (int[] x : images) {
      g[x[0]][x[1]][x[2]][x[3]] = v;
    }
  }

  private static Map<String, List<String>> namelist(String header, String source, int line) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    List<String> current = null;
    for (String token : header.replace(',', ' ').trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      int eq = token.indexOf('=');
      if (eq >= 0) {
        String key = token.substring(0, eq).trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
          throw new FcidumpException(source, line, "header: '=' without a key name");
        }
        current = new ArrayList<>();
        keys.put(key, current);
        String rest = token.substring(eq + 1);
        if (!rest.isEmpty()) {
          current.add(rest);
        }
      } else if (current == null) {
        throw new FcidumpException(source, line,
            "header: expected KEY=value, got '" + abbreviate(token) + "'");
      } else {
        current.add(token);
      }
    }
    return keys;
  }

  private static int integerKey(Map<String, List<String>> keys, String key, String source,
      int line) {
    List<String> values = keys.get(key);
    if (values == null || values.isEmpty()) {
      throw new FcidumpException(source, line, "header: " + key + " is missing");
    }
    try {
      return Integer.parseInt(values.get(0));
    } catch (NumberFormatException e) {
      throw new FcidumpException(source, line, "header: " + key + ": expected an integer, got '"
          + abbreviate(values.get(0)) + "'");
    }
  }

  private static double number(String field, String source, int line) {
    try {
      double v = Double.parseDouble(field.replace('D', 'E').replace('d', 'e'));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FcidumpException(source, line,
        "field 1 (value): expected a finite number, got '" + abbreviate(field) + "'");
  }

  private static int index(String field, int position, String name, int orbitals, String source,
      int line) {
    try {
      int v = Integer.parseInt(field);
      if (v >= 0 && v <= orbitals) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FcidumpException(source, line, String.format(Locale.ROOT,
        "field %d (index %s): expected an integer in 0..%d, got '%s'", position, name, orbitals,
        abbreviate(field)));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /**
   * FCIDUMP text in PySCF's layout: every orbital of symmetry 1, each unique integral once
   * ({@code i >= j}, {@code k >= l}, {@code ij >= kl}), magnitudes above
   * {@link #WRITE_THRESHOLD}, values with 17 significant digits so that they read back exactly.
   */
  public static String write(MolecularIntegrals m) {
    int n = m.orbitals();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, " &FCI NORB=%4d,NELEC=%2d,MS2=%d,%n", n, m.electrons(),
        m.spinTwice()));
    b.append("  ORBSYM=").append("1,".repeat(n)).append(String.format(Locale.ROOT, "%n"));
    b.append(String.format(Locale.ROOT, "  ISYM=1,%n &END%n"));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        for (int k = 0; k < n; k++) {
          for (int l = 0; l <= k; l++) {
            if (i * (i + 1) / 2 + j < k * (k + 1) / 2 + l) {
              continue;
            }
            line(b, m.twoBody(i, j, k, l), i + 1, j + 1, k + 1, l + 1);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        line(b, m.oneBody(i, j), i + 1, j + 1, 0, 0);
      }
    }
    b.append(String.format(Locale.ROOT, " %24.16E %4d %4d %4d %4d%n", m.coreEnergy(), 0, 0, 0, 0));
    return b.toString();
  }

  private static void line(StringBuilder b, double v, int i, int j, int k, int l) {
    if (Math.abs(v) > WRITE_THRESHOLD) {
      b.append(String.format(Locale.ROOT, " %24.16E %4d %4d %4d %4d%n", v, i, j, k, l));
    }
  }
}
