package org.jbareos.protocol.sdsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.FixedLine;
import org.jbareos.protocol.Recorded;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.ReplicateCommand;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.RecordHeader;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** The copy capture: Director→SD replicate/listen and the SD→SD2 replication session. */
class ReplicationConformanceTest {

  private static void fixed(String from, String to, FixedLine line, int count) {
    List<TranscriptMessage> frames = Recorded.frames(from, to, line::matches);
    assertThat(frames).as("%s", line).hasSize(count);
    frames.forEach(frame -> assertThat(line.toWire()).isEqualTo(frame.payload()));
  }

  @Test
  void directorStartsTheReplication() throws ProtocolException {
    List<TranscriptMessage> replicate = Recorded.startingWith("dir", "sd", "replicate ");
    assertThat(replicate).hasSize(1);
    ReplicateCommand command = ReplicateCommand.parse(replicate.get(0).text());
    assertThat(command)
        .isEqualTo(
            new ReplicateCommand(
                7, "backup-bareos-fd.2026-11-22_02.09.59_13", "127.0.0.1", 19104, 0,
                "MHGK-FMGJ-PDCI-NJMN-BPJB-KEMJ-EBDI-GABF"));
    assertThat(command.toWire()).isEqualTo(replicate.get(0).payload());
    fixed("sd", "dir", DirSdLine.REPLICATE_OK, 1);
    fixed("dir", "sd2", DirSdLine.LISTEN, 1);
  }

  @Test
  void replicationSession() throws ProtocolException {
    fixed("sd", "sd2", SdSdLine.START_REPLICATE, 1);
    List<TranscriptMessage> tickets = Recorded.startingWith("sd2", "sd", "3000 OK start replicate");
    assertThat(tickets).hasSize(1);
    assertThat(StartReplicateReply.parse(tickets.get(0).text())).isEqualTo(new StartReplicateReply(1));
    assertThat(new StartReplicateReply(1).toWire()).isEqualTo(tickets.get(0).payload());
    List<TranscriptMessage> data = Recorded.startingWith("sd", "sd2", "replicate data ");
    assertThat(data).hasSize(1);
    assertThat(ReplicateDataCommand.parse(data.get(0).text()).toWire()).isEqualTo(data.get(0).payload());
    fixed("sd2", "sd", FdSdLine.DATA_OK, 1);
    List<TranscriptMessage> headers = Recorded.frames("sd", "sd2", text -> text.matches("\\d+ \\d+ 0"));
    assertThat(headers).hasSizeGreaterThanOrEqualTo(20);
    for (TranscriptMessage frame : headers) {
      assertThat(RecordHeader.parse(frame.text()).toWire()).isEqualTo(frame.payload());
    }
    fixed("sd2", "sd", SdSdLine.REPLICATE_DATA_OK, 1);
    fixed("sd", "sd2", SdSdLine.END_REPLICATE, 1);
    fixed("sd2", "sd", SdSdLine.END_REPLICATE_OK, 1);
  }

  @Test
  void malformedReplicate() {
    assertThatThrownBy(() -> ReplicateCommand.parse("replicate JobId=7 Job=j address=a port=x ssl=0 Authorization=k\n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("port=");
    assertThatThrownBy(() -> StartReplicateReply.parse("3000 OK start replicate\n"))
        .isInstanceOf(ProtocolException.class);
  }
}
