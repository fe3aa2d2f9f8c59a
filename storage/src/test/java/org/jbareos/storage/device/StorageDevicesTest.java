package org.jbareos.storage.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.protocol.dirsd.UseStorageCommand;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Devices from the recorded SD's configuration, and choosing one for a job. */
class StorageDevicesTest {

  @Test
  void fileDeviceOfTheRecordedConfiguration() throws Exception {
    StorageDevices devices = StorageDevices.of(StorageDaemonConfig.load(SharedData.conformance("config")));
    Device device = devices.find("FileStorage").orElseThrow();
    assertThat(device.mediaType()).isEqualTo("File");
    assertThat(device.archiveDirectory()).isEqualTo(Path.of("/srv/bareos-test/storage"));
    assertThat(device.maximumBlockSize()).isEqualTo(1_048_576);
    assertThat(device.labelMedia()).isTrue();
    assertThat(device.automaticMount()).isTrue();
    assertThat(device.printName()).isEqualTo("\"FileStorage\" (/srv/bareos-test/storage)");
    assertThat(device.volumeFile("Full-0001")).isEqualTo(Path.of("/srv/bareos-test/storage/Full-0001"));
  }

  @Test
  void reservesANamedDeviceOfTheMediaTypeForOneJobAtATime() {
    Device file = new Device("FileStorage", "File", Path.of("/tmp/a"), 0, true, true);
    Device other = new Device("FileStorage2", "File2", Path.of("/tmp/b"), 0, true, true);
    StorageDevices devices = new StorageDevices(List.of(file, other));
    assertThat(file.maximumBlockSize()).isEqualTo(64_512);
    ReservationRequest request = new ReservationRequest(List.of(new ReservationRequest.Storage(
        new UseStorageCommand("File", "File", "Full", "Backup", false, 0, 0), List.of("FileStorage2", "FileStorage"))));
    assertThat(devices.reserve(request, false, "job.1")).contains(file);
    assertThat(devices.reserve(request, false, "job.2")).isEmpty();
    assertThat(devices.reserve(request, true, "job.2")).isEmpty();
    file.release("job.2");
    assertThat(file.reservedBy()).contains("job.1");
    file.release("job.1");
    assertThat(devices.reserve(request, false, "job.2")).contains(file);
  }
}
