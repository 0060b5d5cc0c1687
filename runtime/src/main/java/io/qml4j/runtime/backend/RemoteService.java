package io.qml4j.runtime.backend;

import java.util.List;

/**
 * A remote quantum service as a listing shows it, without calling it.
 *
 * @param name the service, such as {@code "IBM Quantum"}
 * @param prefix what its backend names start with, such as {@code "ibm:"}
 * @param configured whether the credentials it needs are set
 * @param settings the environment variables that configure it, required ones first
 * @param example a backend name to try, such as {@code "ibm:ibm_brisbane"}
 */
public record RemoteService(String name, String prefix, boolean configured,
    List<String> settings, String example) {
  /** Copies the list. */
  public RemoteService {
    settings = List.copyOf(settings);
  }
}
