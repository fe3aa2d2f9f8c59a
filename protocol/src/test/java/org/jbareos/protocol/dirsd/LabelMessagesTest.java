package org.jbareos.protocol.dirsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

/** {@code label} and {@code mount} between Director and SD ({@code dird/ua_label.cc}, {@code stored/dir_cmd.cc}). */
class LabelMessagesTest {

  @Test
  void labelCommandAsTheDirectorSendsItWithBlanksBashed() throws ProtocolException {
    LabelCommand command = new LabelCommand("File Storage", "Test-0001", "Full", "File", 0, 0, 0, 0);
    assertThat(command.wireText()).isEqualTo("label File\u0001Storage VolumeName=Test-0001 PoolName=Full MediaType=File"
        + " Slot=0 drive=0 MinBlocksize=0 MaxBlocksize=0");
    assertThat(LabelCommand.parse(command.wireText())).isEqualTo(command);
    assertThatThrownBy(() -> LabelCommand.parse("label FileStorage VolumeName=x"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void labelReplyAndWhatTheDirectorReadsOfIt() throws ProtocolException {
    LabelReply reply = new LabelReply(0, 205, "Test-0001", "\"FileStorage\" (/srv/bareos-test/storage)");
    assertThat(reply.wireText()).isEqualTo("3000 OK label. VolFiles=0 VolBytes=205 Volume=\"Test-0001\""
        + " Device=\"FileStorage\" (/srv/bareos-test/storage)\n");
    assertThat(LabelReply.parse(reply.wireText()).volBytes()).isEqualTo(205);
    assertThat(LabelReply.ALREADY_LABELED.format("Test-0001"))
        .isEqualTo("3920 Cannot label Volume because it is already labeled: \"Test-0001\"\n");
    assertThatThrownBy(() -> LabelReply.parse(LabelReply.ALREADY_LABELED.format("Test-0001")))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void mountCommandAndTheFileDeviceAnswer() throws ProtocolException {
    MountCommand mount = new MountCommand("FileStorage", 0);
    assertThat(mount.wireText()).isEqualTo("mount FileStorage drive=0");
    assertThat(MountCommand.parse(mount.wireText())).isEqualTo(mount);
    assertThat(MountCommand.FILE_ALWAYS_MOUNTED.format("\"FileStorage\" (/srv/bareos-test/storage)"))
        .isEqualTo("3906 File device \"FileStorage\" (/srv/bareos-test/storage) is always mounted.\n");
  }

  @Test
  void refusalsAsStoredDirCmdSendsThem() {
    String printName = "\"FileStorage\" (/srv/bareos-test/storage)";
    assertThat(LabelReply.SCAN_ERROR.format("label x")).isEqualTo("3903 Error scanning label command: label x\n");
    assertThat(LabelReply.DEVICE_NOT_FOUND.format("Tape")).isEqualTo("3999 Device \"Tape\" not found or could not"
        + " be opened.\n");
    assertThat(LabelReply.OPEN_FAILED.format(printName, "Permission denied")).isEqualTo("3910 Unable to open device"
        + " \"\"FileStorage\" (/srv/bareos-test/storage)\": ERR=Permission denied\n");
    assertThat(LabelReply.LABEL_FAILED.format("No space left on device"))
        .isEqualTo("3912 Failed to label Volume: ERR=No space left on device\n");
    assertThat(MountCommand.SCAN_ERROR.format("mount")).isEqualTo("3909 Error scanning mount command: mount\n");
    assertThat(MountCommand.DEVICE_NOT_FOUND.format("Tape"))
        .isEqualTo("3999 Device Tape not found or could not be opened.\n");
    assertThat(new DeviceBusyReply(printName, false, 1, 0).wireText()).isEqualTo("3937 Device"
        + " \"\"FileStorage\" (/srv/bareos-test/storage)\" is busy with writers=1 reserved=0.\n");
    assertThat(new DeviceBusyReply(printName, true, 0, 0).wireText())
        .isEqualTo("3936 Device \"\"FileStorage\" (/srv/bareos-test/storage)\" is busy reading.\n");
  }

  @Test
  void theSdsOtherRefusalsAsBareosWordsThem() {
    assertThat(SdRefusal.INVALID_COMMAND.format("frobnicate")).isEqualTo("3900 Invalid command: frobnicate\n");
    assertThat(SdRefusal.BAD_JOB_COMMAND.format(-1, "JobId=x")).isEqualTo("3915 Bad Job command. stat=-1 CMD: JobId=x\n");
    assertThat(SdRefusal.BAD_USE_COMMAND.format("use storage=")).isEqualTo("3913 Bad use command: use storage=\n");
    assertThat(SdRefusal.NO_DEVICE.format("Tape"))
        .isEqualTo("3924 Device \"Tape\" not in SD Device resources or no matching Media Type.\n");
    assertThat(SdRefusal.STATUS_WITHOUT_ARGUMENT.format("status"))
        .isEqualTo("3900 No arg in status command: status\n");
  }
}
