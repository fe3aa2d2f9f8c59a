package org.jbareos.storage.device;

import java.util.List;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * What the Director asked to reserve for a job: per storage the {@code use storage=...} line and the devices named
 * after it by {@code use device=...} ({@code stored/reserve.cc:UseDeviceCmd}, PROTOCOL.md §6.1).
 */
public record ReservationRequest(List<Storage> storages) {

  /** One {@code use storage=} with its {@code use device=} names (unbashed). */
  public record Storage(UseStorageCommand command, List<String> deviceNames) {
    public Storage {
      deviceNames = List.copyOf(deviceNames);
    }
  }

  public ReservationRequest {
    storages = List.copyOf(storages);
  }

  /** True when the job writes: the first storage has {@code append=1} (a job reads or writes through this socket). */
  public boolean append() {
    return !storages.isEmpty() && storages.get(0).command().append();
  }

  /** The storages for writing ({@code append=1}) or for reading. */
  public List<Storage> storages(boolean append) {
    return storages.stream().filter(s -> s.command().append() == append).toList();
  }
}
