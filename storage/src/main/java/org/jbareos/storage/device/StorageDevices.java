package org.jbareos.storage.device;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.sd.StorageDaemonConfig;

/**
 * The Storage Daemon's devices, and the choice of a device for a job ({@code stored/reserve.cc:FindSuitableDeviceForJob}):
 * a device the Director named in {@code use device=} whose Media Type equals the storage's {@code media_type=} and
 * that no other job holds.
 */
public final class StorageDevices {
  /** How often a job waiting for a busy device tries again. */
  private static final Duration RETRY_INTERVAL = Duration.ofMillis(50);

  private final List<Device> devices;

  public StorageDevices(List<Device> devices) {
    this.devices = List.copyOf(devices);
  }

  /** The devices of a Storage Daemon configuration. */
  public static StorageDevices of(StorageDaemonConfig config) {
    return new StorageDevices(config.devices().stream().map(Device::of).toList());
  }

  public List<Device> all() {
    return devices;
  }

  /** The device with this resource name. */
  public Optional<Device> find(String name) {
    return devices.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /**
   * Like {@link #reserve(ReservationRequest, boolean, String)}, but while every suitable device is held by other
   * jobs it waits for one, up to {@code wait} ({@code stored/reserve.cc}: "wait for device" and retry).
   *
   * @return the reserved device; empty when none is suitable, or none became free in time
   */
  public Optional<Device> reserve(ReservationRequest request, boolean append, String job, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Optional<Device> device = reserve(request, append, job);
      if (device.isPresent() || !hasSuitable(request, append) || System.nanoTime() >= deadline) {
        return device;
      }
      Thread.sleep(RETRY_INTERVAL.toMillis());
    }
  }

  /** True when some device of the request has its storage's Media Type, busy or not. */
  public boolean hasSuitable(ReservationRequest request, boolean append) {
    return request.storages(append).stream().anyMatch(s -> s.deviceNames().stream()
        .anyMatch(name -> find(name).filter(d -> d.mediaType().equals(s.command().mediaType())).isPresent()));
  }

  /**
   * Reserves a suitable device of the request's reading ({@code append=false}) or writing storages for {@code job}.
   *
   * @return the reserved device, empty when none is configured with a matching Media Type or all are busy
   */
  public Optional<Device> reserve(ReservationRequest request, boolean append, String job) {
    for (ReservationRequest.Storage storage : request.storages(append)) {
      for (String name : storage.deviceNames()) {
        Optional<Device> device = find(name)
            .filter(d -> d.mediaType().equals(storage.command().mediaType()))
            .filter(d -> d.reserve(job, append));
        if (device.isPresent()) {
          return device;
        }
      }
    }
    return Optional.empty();
  }
}
