package io.qml4j.runtime.backend.braket;

import com.google.auto.service.AutoService;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.BackendProvider;
import io.qml4j.runtime.backend.RemoteService;
import io.qml4j.runtime.backend.remote.CredentialSources;
import io.qml4j.runtime.backend.remote.ListedDevices;
import io.qml4j.runtime.backend.remote.RestClient;
import io.qml4j.runtime.backend.remote.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Amazon Braket devices as backends named {@code braket:DEVICE_ARN} (such as
 * {@code braket:arn:aws:braket:::device/quantum-simulator/amazon/sv1}), configured by
 * {@value BraketSettings#ACCESS_KEY_ID}, {@value BraketSettings#SECRET_ACCESS_KEY},
 * {@value BraketSettings#REGION} and {@value BraketSettings#BUCKET} (optionally
 * {@value BraketSettings#SESSION_TOKEN}, {@value BraketSettings#PREFIX_VARIABLE},
 * {@value BraketSettings#DEVICES}).
 */
@AutoService(BackendProvider.class)
public final class BraketProvider implements BackendProvider {
  /** The prefix of this provider's backend names. */
  public static final String PREFIX = "braket:";

  private final Function<String, String> env;
  private final Optional<BraketSettings> settings;
  private final RestClient rest;
  private final SigV4 signer;

  /**
   * For {@link java.util.ServiceLoader}: configured from the environment and the credentials
   * file ({@link CredentialSources#standard()}).
   */
  public BraketProvider() {
    this(CredentialSources.standard());
  }

  /**
   * A provider configured from the given variables.
   *
   * @param env reads a variable (null when unset)
   */
  public BraketProvider(Function<String, String> env) {
    this(env, BraketSettings.fromEnvironment(env));
  }

  private BraketProvider(Function<String, String> env, Optional<BraketSettings> settings) {
    this.env = env;
    this.settings = settings;
    this.rest = settings.map(s -> new RestClient("Amazon Braket", s.http(), s.retry(), () -> {
      List<Secret> secrets = new ArrayList<>(List.of(s.accessKeyId(), s.secretAccessKey()));
      if (s.sessionToken() != null) {
        secrets.add(s.sessionToken());
      }
      return secrets;
    }, "check " + BraketSettings.ACCESS_KEY_ID + ", " + BraketSettings.SECRET_ACCESS_KEY + " ("
        + BraketSettings.SESSION_TOKEN + " for temporary credentials), "
        + BraketSettings.REGION + " and access to " + BraketSettings.BUCKET)).orElse(null);
    this.signer = settings.map(s -> new SigV4(s.accessKeyId(), s.secretAccessKey(),
        s.sessionToken(), s.region())).orElse(null);
  }

  /**
   * A provider with explicit settings.
   *
   * @param settings the settings
   * @return the provider
   */
  public static BraketProvider of(BraketSettings settings) {
    return new BraketProvider(name -> null, Optional.of(settings));
  }

  @Override
  public List<Backend> backends() {
    return settings.isPresent() ? ListedDevices.of(env.apply(BraketSettings.DEVICES), this::device)
        : List.of();
  }

  @Override
  public Optional<Backend> find(String name) {
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String arn = name.substring(PREFIX.length());
    if (!arn.startsWith("arn:aws:braket:")) {
      throw new IllegalArgumentException("name: \"" + name + "\" names no device ARN; expected "
          + PREFIX + "arn:aws:braket:REGION::device/..., e.g. " + PREFIX
          + "arn:aws:braket:::device/quantum-simulator/amazon/sv1");
    }
    return Optional.of(device(arn));
  }

  /**
   * The backend of one device.
   *
   * @param deviceArn the device's ARN
   * @return the backend
   * @throws IllegalStateException if Braket is not configured
   */
  public BraketBackend device(String deviceArn) {
    BraketSettings s = settings.orElseThrow(() -> new IllegalStateException("Amazon Braket is "
        + "not configured: set " + BraketSettings.ACCESS_KEY_ID + ", "
        + BraketSettings.SECRET_ACCESS_KEY + ", " + BraketSettings.REGION + " and "
        + BraketSettings.BUCKET + " (the S3 bucket for results)"));
    return new BraketBackend(s, rest, signer, deviceArn);
  }

  @Override
  public Optional<RemoteService> service() {
    return Optional.of(new RemoteService("Amazon Braket", PREFIX, settings.isPresent(),
        List.of(BraketSettings.ACCESS_KEY_ID, BraketSettings.SECRET_ACCESS_KEY,
            BraketSettings.REGION + " (or " + BraketSettings.DEFAULT_REGION_VARIABLE + ")",
            BraketSettings.BUCKET, BraketSettings.SESSION_TOKEN + " (optional)",
            BraketSettings.PREFIX_VARIABLE + " (optional, default qml4j)",
            BraketSettings.DEVICES + " (optional, device ARNs to list)"),
        PREFIX + "arn:aws:braket:::device/quantum-simulator/amazon/sv1"));
  }
}
