package org.jbareos.protocol.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.junit.jupiter.api.Test;

class RestoreObjectRecordTest {

  @Test
  void layoutOfFiledBackupCc() throws ProtocolException {
    byte[] data = {1, 0, 2, (byte) 0xff};
    RestoreObjectRecord record =
        new RestoreObjectRecord(5, FileType.RESTORE_FIRST.code(), 1, 4, 0, "python:module=x", "job.xml", data);
    byte[] wire = record.toWire();
    byte[] head = "5 25 1 4 4 0 python:module=x\0job.xml\0".getBytes(StandardCharsets.UTF_8);
    assertThat(wire).hasSize(head.length + 4 + 1);
    assertThat(java.util.Arrays.copyOf(wire, head.length)).isEqualTo(head);
    assertThat(wire[wire.length - 1]).isZero();
    RestoreObjectRecord parsed = RestoreObjectRecord.parse(wire);
    assertThat(parsed).isEqualTo(record);
    assertThat(parsed.object()).containsExactly(1, 0, 2, (byte) 0xff);
  }

  @Test
  void shortOrBrokenObjects() {
    assertThatThrownBy(() -> RestoreObjectRecord.parse("5 25 1 10 10 0 p\0o\0abc\0".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("comp_len 10");
    assertThatThrownBy(() -> RestoreObjectRecord.parse("5 25 p\0o\0".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> RestoreObjectRecord.parse("no nul at all".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class);
  }
}
