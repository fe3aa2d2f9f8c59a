package org.jbareos.protocol.fdsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.FixedLine;
import org.jbareos.protocol.Recorded;
import org.jbareos.protocol.TextMessage;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Every FD↔SD session message of the conformance captures parses and formats back to the recorded bytes. */
class FdSdConformanceTest {

  interface Parser {
    TextMessage parse(String wire) throws ProtocolException;
  }

  private static List<TranscriptMessage> roundTripAll(String from, String to, String prefix, Parser parser)
      throws ProtocolException {
    List<TranscriptMessage> frames = Recorded.startingWith(from, to, prefix);
    for (TranscriptMessage frame : frames) {
      assertThat(parser.parse(frame.text()).toWire()).as("%s", frame).isEqualTo(frame.payload());
    }
    return frames;
  }

  private static void fixed(String from, String to, FixedLine line, int atLeast) {
    List<TranscriptMessage> frames = Recorded.frames(from, to, line::matches);
    assertThat(frames).as("%s", line).hasSizeGreaterThanOrEqualTo(atLeast);
    frames.forEach(frame -> assertThat(line.toWire()).isEqualTo(frame.payload()));
  }

  @Test
  void appendSession() throws ProtocolException {
    fixed("fd", "sd", FdSdLine.APPEND_OPEN_SESSION, 2);
    List<TranscriptMessage> tickets = roundTripAll("sd", "fd", "3000 OK open ticket", OpenTicketReply::parse);
    assertThat(tickets).hasSizeGreaterThanOrEqualTo(4);
    assertThat(OpenTicketReply.parse(tickets.get(0).text()).ticket()).isEqualTo(1);
    assertThat(roundTripAll("fd", "sd", "append data ", AppendDataCommand::parse)).hasSizeGreaterThanOrEqualTo(2);
    fixed("sd", "fd", FdSdLine.DATA_OK, 4);
    fixed("sd", "fd", FdSdLine.APPEND_DATA_OK, 2);
    assertThat(roundTripAll("fd", "sd", "append end session ", AppendEndCommand::parse)).hasSizeGreaterThanOrEqualTo(2);
    fixed("sd", "fd", FdSdLine.END_OK, 2);
    assertThat(roundTripAll("fd", "sd", "append close session ", AppendCloseCommand::parse))
        .hasSizeGreaterThanOrEqualTo(2);
    List<TranscriptMessage> closes = roundTripAll("sd", "fd", "3000 OK close Status", CloseStatusReply::parse);
    assertThat(closes).hasSizeGreaterThanOrEqualTo(4);
    assertThat(CloseStatusReply.parse(closes.get(0).text()).jobStatus()).isEqualTo('T');
  }

  @Test
  void recordHeadersOfTheBackupStream() throws ProtocolException {
    List<TranscriptMessage> headers =
        Recorded.frames("fd", "sd", text -> text.matches("\\d+ \\d+ 0"));
    assertThat(headers).hasSizeGreaterThanOrEqualTo(30);
    for (TranscriptMessage frame : headers) {
      assertThat(RecordHeader.parse(frame.text()).toWire()).isEqualTo(frame.payload());
    }
    assertThat(RecordHeader.parse("4 2 0")).isEqualTo(new RecordHeader(4, 2));
    assertThat(new RecordHeader(1, 1).wireText()).isEqualTo("1 1 0");
    assertThat(RecordHeader.parse("7 3")).isEqualTo(new RecordHeader(7, 3));
  }

  @Test
  void readSession() throws ProtocolException {
    List<TranscriptMessage> opens = roundTripAll("fd", "sd", "read open session", ReadOpenCommand::parse);
    assertThat(opens).hasSize(2);
    assertThat(ReadOpenCommand.parse(opens.get(0).text())).isEqualTo(ReadOpenCommand.of(3, 1795313292L));
    assertThat(roundTripAll("fd", "sd", "read data ", ReadDataCommand::parse)).hasSize(2);
    List<TranscriptMessage> rechdrs = roundTripAll("sd", "fd", "rechdr ", ReadRecordHeader::parse);
    assertThat(rechdrs).hasSizeGreaterThanOrEqualTo(30);
    assertThat(ReadRecordHeader.parse(rechdrs.get(0).text()))
        .isEqualTo(new ReadRecordHeader(1, 1795313292L, 1, 1, 96));
    assertThat(roundTripAll("fd", "sd", "read close session ", ReadCloseCommand::parse)).hasSize(2);
  }

  @Test
  void malformedSessionMessages() {
    assertThatThrownBy(() -> OpenTicketReply.parse("3000 OK open ticket = \n"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("open ticket reply");
    assertThatThrownBy(() -> ReadRecordHeader.parse("rechdr 1 2 3 x 5"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("rechdr");
    assertThatThrownBy(() -> RecordHeader.parse("a b 0")).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> AppendDataCommand.parse("append dat 1\n")).isInstanceOf(ProtocolException.class);
  }
}
