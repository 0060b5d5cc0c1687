package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The parameter lists of the generated methods, (x, theta), (theta), (x) or (), and the argument
 * checks every public method starts with: which of x and theta the model takes, and whether its
 * templates normalise features that must not all be zero.
 */
final class ModelParameters {
  final boolean x;
  final boolean theta;

  final boolean featureMapChecks;
  final boolean ansatzChecks;

  ModelParameters(boolean x, boolean theta, boolean featureMapChecks, boolean ansatzChecks) {
    this.x = x;
    this.theta = theta;
    this.featureMapChecks = featureMapChecks;
    this.ansatzChecks = ansatzChecks;
  }

  MethodSpec.Builder publicMethod(String name, TypeName returns) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns);
    if (x) {
      b.addParameter(array("x"));
    }
    if (theta) {
      b.addParameter(array("theta"));
    }
    return b;
  }

  void check(MethodSpec.Builder b) {
    b.addCode(checks());
  }

  /** The argument checks every public method starts with. */
  CodeBlock checks() {
    CodeBlock.Builder b = CodeBlock.builder();
    if (x) {
      b.addStatement("check(x, $S, INPUTS)", "x");
    }
    if (theta) {
      b.addStatement("check(theta, $S, PARAMS)", "theta");
    }
    if (featureMapChecks) {
      b.addStatement("$L(x, $S)", FeatureChecks.FEATURE_MAP, "x");
    }
    if (ansatzChecks) {
      b.addStatement("$L($L)", FeatureChecks.ANSATZ, args());
    }
    return b.build();
  }

  /** The public methods' parameters, for private helpers that take the same. */
  List<ParameterSpec> parameters() {
    return publicMethod("parameters", TypeName.VOID).build().parameters;
  }

  /**
   * The parameters of a private helper: the leading ones, then the public methods' x and theta.
   */
  List<ParameterSpec> after(ParameterSpec... leading) {
    List<ParameterSpec> all = new ArrayList<>(List.of(leading));
    all.addAll(parameters());
    return all;
  }

  /** A {@code double[]} parameter. */
  static ParameterSpec array(String name) {
    return ParameterSpec.builder(DOUBLES, name).build();
  }

  /** {@code double[]} parameters, in order. */
  static List<ParameterSpec> arrays(String... names) {
    List<ParameterSpec> all = new ArrayList<>();
    for (String name : names) {
      all.add(array(name));
    }
    return all;
  }

  /** The public methods' arguments, to pass them on: {@code x, theta}, {@code x}, ... */
  String args() {
    return x && theta ? "x, theta" : x ? "x" : theta ? "theta" : "";
  }

  /** The public methods' arguments after a leading one: {@code , x, theta}, ... */
  String chunkArgs() {
    return (x ? ", x" : "") + (theta ? ", theta" : "");
  }
}
