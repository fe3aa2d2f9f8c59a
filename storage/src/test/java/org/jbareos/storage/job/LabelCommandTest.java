package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.StorageDaemonRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.StorageDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refusals of {@code label} and {@code mount} outside a job, as {@code stored/dir_cmd.cc} words them. */
class LabelCommandTest {
  private static final String LABEL =
      "label FileStorage VolumeName=Full-0001 PoolName=Full MediaType=File Slot=0 drive=0 MinBlocksize=0 MaxBlocksize=0";

  @Test
  void aDeviceAJobHoldsIsBusyWritingOrReading(@TempDir Path archive) throws Exception {
    Device device = new Device("FileStorage", "File", archive, 65_536, true, true);
    JobServices services = new JobServices(RecordedRun.identity(RecordedRun.SD_START),
        new StorageDevices(List.of(device)), new JobRegistry(RecordedRun.SD_START, new SessionKey()),
        Duration.ofSeconds(30));
    try (StorageDaemonRun sd = new StorageDaemonRun(services)) {
      device.reserve("backup.2026-11-22_06.00.00_01", true);
      assertThat(sd.askOnce(LABEL)).isEqualTo("3937 Device \"\"FileStorage\" (" + archive
          + ")\" is busy with writers=1 reserved=0.\n");
      device.reserve("backup.2026-11-22_06.00.00_01", false);
      assertThat(sd.askOnce(LABEL)).isEqualTo("3936 Device \"\"FileStorage\" (" + archive + ")\" is busy reading.\n");
      device.release("backup.2026-11-22_06.00.00_01");

      assertThat(sd.askOnce(LABEL.replace("label FileStorage", "label Tape")))
          .isEqualTo("3999 Device \"Tape\" not found or could not be opened.\n");
      assertThat(sd.askOnce("label FileStorage VolumeName=x"))
          .isEqualTo("3903 Error scanning label command: label FileStorage VolumeName=x\n");
      assertThat(sd.askOnce("mount Tape drive=0")).isEqualTo("3999 Device Tape not found or could not be opened.\n");
      assertThat(sd.askOnce("mount")).isEqualTo("3909 Error scanning mount command: mount\n");
      assertThat(sd.askOnce(LABEL)).startsWith("3000 OK label. VolFiles=0 VolBytes=");
    }
  }
}
