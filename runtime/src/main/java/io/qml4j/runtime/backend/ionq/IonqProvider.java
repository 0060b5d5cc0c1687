package io.qml4j.runtime.backend.ionq;

import com.google.auto.service.AutoService;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.BackendProvider;
import io.qml4j.runtime.backend.RemoteService;
import io.qml4j.runtime.backend.remote.CredentialSources;
import io.qml4j.runtime.backend.remote.ListedDevices;
import io.qml4j.runtime.backend.remote.RestClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * IonQ targets as backends named {@code ionq:TARGET} ({@code ionq:simulator},
 * {@code ionq:qpu.aria-1}), configured by {@value IonqSettings#API_KEY} (optionally
 * {@value IonqSettings#API_URL} and {@value IonqSettings#DEVICES} for the targets to list).
 */
@AutoService(BackendProvider.class)
public final class IonqProvider implements BackendProvider {
  /** The prefix of this provider's backend names. */
  public static final String PREFIX = "ionq:";

  private final Function<String, String> env;
  private final Optional<IonqSettings> settings;
  private final RestClient rest;

  /**
   * For {@link java.util.ServiceLoader}: configured from the environment and the credentials
   * file ({@link CredentialSources#standard()}).
   */
  public IonqProvider() {
    this(CredentialSources.standard());
  }

  /**
   * A provider configured from the given variables.
   *
   * @param env reads a variable (null when unset)
   */
  public IonqProvider(Function<String, String> env) {
    this(env, IonqSettings.fromEnvironment(env));
  }

  private IonqProvider(Function<String, String> env, Optional<IonqSettings> settings) {
    this.env = env;
    this.settings = settings;
    this.rest = settings.map(s -> new RestClient("IonQ", s.http(), s.retry(),
        () -> List.of(s.apiKey()), "check " + IonqSettings.API_KEY)).orElse(null);
  }

  /**
   * A provider with explicit settings.
   *
   * @param settings the settings
   * @return the provider
   */
  public static IonqProvider of(IonqSettings settings) {
    return new IonqProvider(name -> null, Optional.of(settings));
  }

  @Override
  public List<Backend> backends() {
    return settings.isPresent() ? ListedDevices.of(env.apply(IonqSettings.DEVICES), this::target)
        : List.of();
  }

  @Override
  public Optional<Backend> find(String name) {
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String target = name.substring(PREFIX.length());
    if (target.isBlank()) {
      throw new IllegalArgumentException("name: \"" + name + "\" names no target; expected "
          + PREFIX + "TARGET, e.g. " + PREFIX + "simulator");
    }
    return Optional.of(target(target));
  }

  /**
   * The backend of one target.
   *
   * @param target such as {@code "qpu.aria-1"} or {@code "simulator"}
   * @return the backend
   * @throws IllegalStateException if IonQ is not configured
   */
  public IonqBackend target(String target) {
    IonqSettings s = settings.orElseThrow(() -> new IllegalStateException("IonQ is not "
        + "configured: set " + IonqSettings.API_KEY + " (an IonQ Quantum Cloud API key)"));
    return new IonqBackend(s, rest, target);
  }

  @Override
  public Optional<RemoteService> service() {
    return Optional.of(new RemoteService("IonQ (API v0.3)", PREFIX, settings.isPresent(),
        List.of(IonqSettings.API_KEY, IonqSettings.API_URL + " (optional)",
            IonqSettings.DEVICES + " (optional, targets to list)"), PREFIX + "simulator"));
  }
}
