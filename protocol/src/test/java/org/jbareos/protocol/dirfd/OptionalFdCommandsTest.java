package org.jbareos.protocol.dirfd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

/** Director→FD commands the captures do not contain, checked against the source formats (PROTOCOL.md §5.1). */
class OptionalFdCommandsTest {

  @Test
  void accurateListAndEntries() throws ProtocolException {
    assertThat(new AccurateCommand(11).wireText()).isEqualTo("accurate files=11\n");
    assertThat(AccurateCommand.parse("accurate files=11\n").files()).isEqualTo(11);
    AccurateEntry withoutChecksum = new AccurateEntry("/srv/data/a.txt", "P4A F8dc IGk B A A A G", "", 0);
    assertThat(withoutChecksum.toWire())
        .isEqualTo("/srv/data/a.txt\0P4A F8dc IGk B A A A G\0\0000".getBytes(StandardCharsets.UTF_8));
    assertThat(AccurateEntry.parse(withoutChecksum.toWire())).isEqualTo(withoutChecksum);
    AccurateEntry withChecksum = new AccurateEntry("/srv/data/a b.txt", "A", "n5+Q2+Pl7hIYyGuIOdsZlQ", 2);
    assertThat(AccurateEntry.parse(withChecksum.toWire())).isEqualTo(withChecksum);
    // the older two-field form that filed/accurate.cc AccurateCmd still reads: no checksum, delta seq 0
    assertThat(AccurateEntry.parse("/a\0A".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new AccurateEntry("/a", "A", "", 0));
    assertThatThrownBy(() -> AccurateEntry.parse("/a\0A\0x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("accurate entry");
    assertThatThrownBy(() -> AccurateEntry.parse("/a\0A\0\0seq".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("delta seq");
    assertThat(DirFdLine.BAD_ACCURATE.wireText()).isEqualTo("2991 Bad accurate command\n");
  }

  @Test
  void runScriptsWithBashedCommands() throws ProtocolException {
    RunScriptCommand script = new RunScriptCommand(true, false, true, 1, "/usr/bin/make dump");
    assertThat(script.wireText())
        .isEqualTo("Run OnSuccess=1 OnFailure=0 AbortOnError=1 When=1 Command=/usr/bin/make\u0001dump\n");
    assertThat(RunScriptCommand.parse(script.wireText())).isEqualTo(script);
    assertThat(FileDaemonCommand.of(script.wireText())).contains(FileDaemonCommand.RUN_SCRIPT);
  }

  @Test
  void pluginOptionsBandwidthAndCancel() throws ProtocolException {
    PluginOptionsCommand options = new PluginOptionsCommand("python:module_name=bareos fd");
    assertThat(options.wireText()).isEqualTo("pluginoptions python:module_name=bareos\u0001fd\n");
    assertThat(PluginOptionsCommand.parse(options.wireText())).isEqualTo(options);
    SetBandwidthCommand bandwidth = new SetBandwidthCommand(1048576, "job.1");
    assertThat(bandwidth.wireText()).isEqualTo("setbandwidth=1048576 Job=job.1\n");
    assertThat(SetBandwidthCommand.parse(bandwidth.wireText())).isEqualTo(bandwidth);
    CancelReply canceled = new CancelReply("job.1", true);
    assertThat(canceled.wireText()).isEqualTo("2001 Job job.1 marked to be canceled.\n");
    assertThat(CancelReply.parse(canceled.wireText())).isEqualTo(canceled);
    CancelReply unknown = new CancelReply("job.2", false);
    assertThat(unknown.wireText()).isEqualTo("2901 Job job.2 not found.\n");
    assertThat(CancelReply.parse(unknown.wireText())).isEqualTo(unknown);
    assertThatThrownBy(() -> CancelReply.parse("2999 Invalid command\n")).isInstanceOf(ProtocolException.class);
  }
}
