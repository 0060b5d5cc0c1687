package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.backend.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The devices a remote service lists in its {@code *_DEVICES} setting: a comma-separated list,
 * blanks skipped, each name made into a backend. The same rule for every provider, so the three
 * services read their lists alike.
 */
public final class ListedDevices {
  private ListedDevices() {}

  /**
   * The backends of a comma-separated list of device names.
   *
   * @param list the setting's value, or null when it is not set
   * @param device makes the backend of one name (already stripped)
   * @return the backends in list order; empty when the list is null or blank
   */
  public static List<Backend> of(String list, Function<String, ? extends Backend> device) {
    List<Backend> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        out.add(device.apply(name.strip()));
      }
    }
    return out;
  }
}
