package io.qml4j.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates random model classes from the subset of Java the evaluator supports: locals of every
 * primitive type, casts, compound assignments, increments, arrays, loops, ifs, ternaries and
 * helper methods whose parameters widen their arguments. Every generated body is well-typed and
 * its angles are finite, so javac and the runtime builder accept it, and the generated model must
 * agree with the builder exactly. Integral arithmetic may overflow (Java wraps it); divisions are by
 * values that cannot be zero; floats stay small so that they never overflow.
 */
final class FuzzModels {
  private static final String[] INTEGRAL = {"byte", "short", "char", "int", "long"};

  private final SplittableRandom random;
  private final List<String[]> locals = new ArrayList<>();
  private final List<String[]> loopVariables = new ArrayList<>();
  private int fresh;

  FuzzModels(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The source of model class {@code demo.<name>}. */
  String model(String name) {
    locals.clear();
    loopVariables.clear();
    fresh = 0;
    int qubits = 1 + random.nextInt(2);
    StringBuilder b = new StringBuilder("package demo;\nimport io.qml4j.dsl.*;\n");
    b.append("@QuantumModel(optimize = ").append(random.nextBoolean()).append(")\n");
    b.append("abstract class ").append(name).append(" {\n");
    b.append("  static final double[] W = {").append(intLiteral()).append(", ")
        .append(doubleLiteral()).append(", ").append(random.nextInt(9)).append("};\n");
    b.append("  static final long L = ").append(random.nextLong()).append("L;\n");
    b.append("  static final int[] T = new int[3];\n");
    b.append("  static { for (int i = 0; i < T.length; i++) T[i] = i * ")
        .append(intLiteral()).append(" + 1; }\n");
    b.append("  static double hd(double a, int k) { return a * k + k / 2; }\n");
    b.append("  static long hl(long a, short s) { a += s; return a * 31 ^ (a >>> 7); }\n");
    b.append("  static float hf(float a, char c) { return a / 4 + c % 7; }\n");
    b.append("  static double hs(double... v) { double s = 0; for (double e : v) s += e; "
        + "return s; }\n");
    b.append("  static double ha(double t, double[] arr) { return t * arr[0] - arr[arr.length - 1];"
        + " }\n");
    b.append("  @Ansatz(qubits = ").append(qubits).append(", params = 3)\n");
    b.append("  static void a(Q q, double[] theta) {\n");
    b.append("    q.ry(0, theta[0]);\n");
    int statements = 4 + random.nextInt(5);
    for (int s = 0; s < statements; s++) {
      statement(b, "    ", qubits, 0);
    }
    b.append("  }\n");
    b.append("  @Observable static Pauli z(Paulis p) { return p.z(0); }\n");
    return b.append("}\n").toString();
  }

  private void statement(StringBuilder b, String indent, int qubits, int depth) {
    int kind = random.nextInt(depth > 1 ? 6 : 9);
    switch (kind) {
      case 0:
      case 1: {
        String type = random.nextInt(4) == 0 ? "float" : random.nextInt(5) == 0 ? "double"
            : pick(INTEGRAL);
        String v = "v" + fresh++;
        String init = type.equals("double") ? constant(2) : "(" + type + ") (" + expr(type, 2)
            + ")";
        b.append(indent).append(random.nextInt(6) == 0 && !type.equals("float")
            && !type.equals("double") ? "var" : type).append(' ').append(v).append(" = ")
            .append(random.nextInt(6) == 0 ? "var".equals(type) ? init : init : init)
            .append(";\n");
        // A "var" local takes the initializer's type: the cast makes it the intended one.
        locals.add(new String[] {type, v});
        break;
      }
      case 2: {
        if (locals.isEmpty()) {
          gate(b, indent, qubits);
          break;
        }
        String[] v = locals.get(random.nextInt(locals.size()));
        String op = pick(v[0].equals("float") || v[0].equals("double")
            ? new String[] {"+=", "-=", "*="} : new String[] {"+=", "-=", "*=", "^=", "|=", "&=",
                "<<=", ">>=", ">>>="});
        if (v[0].equals("float")) {
          // Float stays small: a float that overflows to infinity makes a NaN angle in Java too.
          op = random.nextBoolean() ? "+=" : "-=";
        }
        String rhs = v[0].equals("float") ? expr("float", 1)
            : op.contains("<") || op.contains(">") ? String.valueOf(random.nextInt(70))
            : v[0].equals("double") ? constant(1) : op.length() == 2 && "^|&".indexOf(op.charAt(0))
            >= 0 ? expr(pick(INTEGRAL), 1) : expr(pick(new String[] {"int", "long", "float",
                v[0]}), 1);
        if (random.nextInt(4) == 0) {
          b.append(indent).append(v[1]).append(random.nextBoolean() ? "++" : "--").append(";\n");
        } else {
          b.append(indent).append(v[1]).append(' ').append(op).append(' ').append(rhs)
              .append(";\n");
        }
        break;
      }
      case 3: {
        String type = pick(new String[] {"int", "long", "short", "char", "float", "double"});
        String arr = "a" + fresh++;
        b.append(indent).append(type).append("[] ").append(arr).append(" = {")
            .append(elementOf(type)).append(", ").append(elementOf(type)).append(", ")
            .append(elementOf(type)).append("};\n");
        int i = random.nextInt(3);
        b.append(indent).append(arr).append('[').append(i).append("] ")
            .append(type.equals("double") || type.equals("float") ? "+= 3" : "+= 7")
            .append(";\n");
        // "% 1000 / 100" keeps the angle small (merged rotations add angles, which rounds large
        // ones) but keeps the difference between integer and floating division.
        b.append(indent).append("q.rz(").append(random.nextInt(qubits)).append(", theta[1] + (")
            .append(arr).append("[").append(i).append("] / 2 + ").append(arr)
            .append("[(").append(i).append(" + 1) % 3] / 4) % 1000 / 100);\n");
        break;
      }
      case 4:
      case 5:
        gate(b, indent, qubits);
        break;
      case 6: {
        String v = "i" + fresh++;
        String type = pick(new String[] {"int", "long", "char", "short"});
        String start = type.equals("char") ? "'a'" : "0";
        String end = type.equals("char") ? "'" + (char) ('a' + 1 + random.nextInt(3)) + "'"
            : String.valueOf(1 + random.nextInt(3));
        b.append(indent).append("for (").append(type).append(' ').append(v).append(" = ")
            .append(start).append("; ").append(v).append(" < ").append(end).append("; ")
            .append(v).append("++) {\n");
        // The loop variable is read in the body but never assigned there, so the loop ends.
        loopVariables.add(new String[] {type, v});
        int saved = locals.size();
        statement(b, indent + "  ", qubits, depth + 1);
        statement(b, indent + "  ", qubits, depth + 1);
        while (locals.size() > saved) {
          locals.remove(locals.size() - 1);
        }
        loopVariables.remove(loopVariables.size() - 1);
        b.append(indent).append("}\n");
        break;
      }
      case 7: {
        b.append(indent).append("if (").append(expr(pick(INTEGRAL), 1))
            .append(pick(new String[] {" < ", " >= ", " == ", " != "}))
            .append(expr(pick(new String[] {"int", "long", "float"}), 1)).append(") {\n");
        int saved = locals.size();
        statement(b, indent + "  ", qubits, depth + 1);
        while (locals.size() > saved) {
          locals.remove(locals.size() - 1);
        }
        b.append(indent).append("} else {\n");
        gate(b, indent + "  ", qubits);
        b.append(indent).append("}\n");
        break;
      }
      default: {
        b.append(indent).append("q.rx(").append(random.nextInt(qubits)).append(", Math.sin(")
            .append(pick(new String[] {
                "hd(" + expr("int", 1) + ", " + expr("short", 1) + ")",
                "hl(" + expr("int", 1) + ", (short) " + random.nextInt(100) + ") % 1000",
                "hf(" + expr("float", 1) + ", " + expr("char", 1) + ")",
                "hs()", "hs(" + constant(1) + ")", "hs(" + angle(1) + ", " + expr("int", 1) + ")",
                "ha(" + angle(1) + ", W)", "ha(" + angle(1) + ", new double[] {"
                    + expr("int", 1) + ", " + constant(1) + "})"}))
            .append(") + theta[2]);\n");
        break;
      }
    }
  }

  private void gate(StringBuilder b, String indent, int qubits) {
    String gate = pick(new String[] {"rx", "ry", "rz", "phaseShift"});
    b.append(indent).append("q.").append(gate).append("(Math.floorMod(").append(expr("int", 1))
        .append(", ").append(qubits).append("), ").append(angle(2)).append(");\n");
  }

  /** A double that depends on theta: finite for every finite theta. */
  private String angle(int depth) {
    if (depth == 0) {
      return random.nextBoolean() ? "theta[" + random.nextInt(3) + "]" : bounded();
    }
    switch (random.nextInt(6)) {
      case 0: return "(" + angle(depth - 1) + " + " + angle(depth - 1) + ")";
      case 1: return "(" + angle(depth - 1) + " - " + bounded() + ")";
      case 2: return "(" + angle(depth - 1) + " * " + bounded() + ")";
      case 3: return "Math.sin(" + angle(depth - 1) + ")";
      case 4: return "(" + angle(depth - 1) + " / " + (1 + random.nextInt(9)) + ")";
      default: return "(" + (random.nextBoolean() ? "-" : "") + angle(depth - 1) + ")";
    }
  }

  /** A compile-time double of modest size, reached through every kind of conversion. */
  private String bounded() {
    return "(" + unparenthesizedBounded() + ")";
  }

  private String unparenthesizedBounded() {
    switch (random.nextInt(7)) {
      case 0: return "Math.sin((double) (" + expr("long", 2) + "))";
      case 1: return "(" + expr("int", 2) + ") % 100 / 10.0";
      case 2: return "(" + expr("float", 2) + ")";
      case 3: return "W[" + random.nextInt(3) + "] / 2";
      case 4: return "(" + expr(pick(new String[] {"char", "short", "byte"}), 2) + ") / 64";
      case 5: return "Math.cos(" + constant(2) + ")";
      default: return doubleLiteral();
    }
  }

  /** A compile-time double; may be large, never infinite. */
  private String constant(int depth) {
    if (depth == 0) {
      return random.nextBoolean() ? doubleLiteral() : "(double) " + expr("int", 0);
    }
    switch (random.nextInt(5)) {
      case 0: return "(" + constant(depth - 1) + " * " + constant(depth - 1) + ")";
      case 1: return "(" + constant(depth - 1) + " - " + expr("long", depth - 1) + ")";
      case 2: return "(" + constant(depth - 1) + " / 3)";
      case 3: return "(" + expr("int", depth - 1) + " / 2.0)";
      default: return "(" + expr("float", depth - 1) + " + " + constant(depth - 1) + ")";
    }
  }

  /** An expression of a primitive type (or one that promotes to it) with a compile-time value. */
  private String expr(String type, int depth) {
    if (type.equals("double")) {
      return constant(depth);
    }
    String local = local(type);
    if (depth == 0 || random.nextInt(4) == 0) {
      return local != null && random.nextBoolean() ? local : literal(type);
    }
    if (type.equals("float")) {
      switch (random.nextInt(5)) {
        case 0: return "(" + expr("float", depth - 1) + " + " + expr("float", depth - 1) + ")";
        case 1: return "(" + expr("float", depth - 1) + " * 0.75f)";
        case 2: return "(float) (" + expr("int", depth - 1) + " % 1000)";
        case 3: return "(" + expr("float", depth - 1) + " / 3.5f)";
        default: return "(float) Math.sin(" + constant(depth - 1) + ")";
      }
    }
    if (!type.equals("int") && !type.equals("long")) {
      return "(" + type + ") (" + expr("int", depth - 1) + ")";
    }
    String operand = type.equals("long") && random.nextBoolean() ? "long" : pick(INTEGRAL);
    String left = "(" + expr(type, depth - 1) + ")";
    String right = "(" + expr(operand, depth - 1) + ")";
    String cast = type.equals("int") && operand.equals("long") ? "(int) " : "";
    switch (random.nextInt(12)) {
      case 0: return cast + "(" + left + " + " + right + ")";
      case 1: return cast + "(" + left + " - " + right + ")";
      case 2: return cast + "(" + left + " * " + right + ")";
      case 3: return cast + "(" + left + " / (" + right + " | 1))";
      case 4: return cast + "(" + left + " % (" + right + " | 1))";
      case 5: return "(" + left + " << " + random.nextInt(70) + ")";
      case 6: return "(" + left + " >>> " + random.nextInt(70) + ")";
      case 7: return cast + "(" + left + " ^ " + right + ")";
      case 8: return "(" + type + ") (" + expr("float", depth - 1) + ")";
      case 9: return "(" + type + ") " + constant(depth - 1);
      case 10: return "(" + (random.nextBoolean() ? "true" : "false") + " ? " + left + " : "
          + "(" + type + ") " + right + ")";
      default: return type.equals("int") ? "Math.abs(" + left + ")"
          : "Long.rotateLeft(" + left + ", " + random.nextInt(64) + ")";
    }
  }

  private String local(String type) {
    List<String> names = new ArrayList<>();
    List<String[]> readable = new ArrayList<>(locals);
    readable.addAll(loopVariables);
    for (String[] v : readable) {
      if (v[0].equals(type)) {
        names.add(v[1]);
      }
    }
    return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
  }

  private String literal(String type) {
    switch (type) {
      case "long": return random.nextBoolean() ? random.nextInt(1000) + "L"
          : random.nextLong() + "L";
      case "float": return random.nextInt(100) / 8.0 + "f";
      case "char": return "'" + (char) ('a' + random.nextInt(26)) + "'";
      case "short": return "(short) " + random.nextInt(-40000, 40000);
      case "byte": return "(byte) " + random.nextInt(-300, 300);
      default: return intLiteral();
    }
  }

  private String elementOf(String type) {
    return type.equals("double") ? pick(new String[] {intLiteral(), doubleLiteral(),
        "'" + (char) ('a' + random.nextInt(26)) + "'"}) : type.equals("float")
        ? pick(new String[] {intLiteral(), literal("float")}) : "(" + type + ") " + intLiteral();
  }

  private String intLiteral() {
    switch (random.nextInt(4)) {
      case 0: return String.valueOf(random.nextInt());
      case 1: return String.valueOf(Integer.MAX_VALUE - random.nextInt(3));
      default: return String.valueOf(random.nextInt(-20, 20));
    }
  }

  private String doubleLiteral() {
    return String.valueOf(Math.round(random.nextDouble(-4, 4) * 1000) / 1000.0);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
