package io.qml4j.runtime.backend.ibm;

import com.google.auto.service.AutoService;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.BackendProvider;
import io.qml4j.runtime.backend.RemoteService;
import io.qml4j.runtime.backend.remote.CredentialSources;
import io.qml4j.runtime.backend.remote.ListedDevices;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * IBM Quantum devices as backends named {@code ibm:DEVICE}, configured by
 * {@value IbmSettings#API_KEY} and {@value IbmSettings#INSTANCE} (optionally
 * {@value IbmSettings#API_URL}, {@value IbmSettings#IAM_URL}, and {@value IbmSettings#DEVICES}
 * for the devices to list). Listing calls nothing; a device's capabilities are read on first use.
 */
@AutoService(BackendProvider.class)
public final class IbmQuantumProvider implements BackendProvider {
  /** The prefix of this provider's backend names. */
  public static final String PREFIX = "ibm:";

  private final Function<String, String> env;
  private final Optional<IbmSettings> settings;
  private volatile IbmQuantumService service;

  /**
   * For {@link java.util.ServiceLoader}: configured from the environment and the credentials
   * file ({@link CredentialSources#standard()}).
   */
  public IbmQuantumProvider() {
    this(CredentialSources.standard());
  }

  /**
   * A provider configured from the given variables.
   *
   * @param env reads a variable (null when unset)
   */
  public IbmQuantumProvider(Function<String, String> env) {
    this.env = env;
    this.settings = IbmSettings.fromEnvironment(env);
  }

  /**
   * A provider with explicit settings.
   *
   * @param settings the settings
   * @return the provider
   */
  public static IbmQuantumProvider of(IbmSettings settings) {
    return new IbmQuantumProvider(settings);
  }

  private IbmQuantumProvider(IbmSettings settings) {
    this.env = name -> null;
    this.settings = Optional.of(settings);
  }

  @Override
  public List<Backend> backends() {
    return settings.isPresent() ? ListedDevices.of(env.apply(IbmSettings.DEVICES), this::device)
        : List.of();
  }

  @Override
  public Optional<Backend> find(String name) {
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String device = name.substring(PREFIX.length());
    if (device.isBlank()) {
      throw new IllegalArgumentException("name: \"" + name + "\" names no device; expected "
          + PREFIX + "DEVICE, e.g. " + PREFIX + "ibm_brisbane");
    }
    return Optional.of(device(device));
  }

  /**
   * The backend of one device.
   *
   * @param device the device's name, such as {@code "ibm_brisbane"}
   * @return the backend
   * @throws IllegalStateException if IBM Quantum is not configured
   */
  public IbmBackend device(String device) {
    IbmSettings s = settings.orElseThrow(() -> new IllegalStateException("IBM Quantum is not "
        + "configured: set " + IbmSettings.API_KEY + " (an IBM Cloud API key) and "
        + IbmSettings.INSTANCE + " (the service instance's CRN)"));
    IbmQuantumService svc = service;
    if (svc == null) {
      synchronized (this) {
        if (service == null) {
          service = new IbmQuantumService(s);
        }
        svc = service;
      }
    }
    return new IbmBackend(svc, device, s.poll());
  }

  @Override
  public Optional<RemoteService> service() {
    return Optional.of(new RemoteService("IBM Quantum (Qiskit Runtime)", PREFIX,
        settings.isPresent(), List.of(IbmSettings.API_KEY, IbmSettings.INSTANCE,
            IbmSettings.API_URL + " (optional)", IbmSettings.IAM_URL + " (optional)",
            IbmSettings.DEVICES + " (optional, devices to list)"), PREFIX + "ibm_brisbane"));
  }
}
