package org.jbareos.protocol.attributes;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * A file's attributes as the FD sends them to the Director during a verify (PROTOCOL.md §5.4; {@code
 * filed/verify.cc}, {@code filed/verify_vol.cc}; read by {@code dird/fd_cmds.cc:GetAttributesAndPutInCatalog} with
 * {@code "%ld %d %s"}):
 *
 * <pre>&lt;FileIndex&gt; &lt;stream&gt; &lt;verify options&gt; &lt;fname&gt;\0&lt;encoded stat&gt;\0&lt;link&gt;\0</pre>
 *
 * @param stream 1 ({@code STREAM_UNIX_ATTRIBUTES})
 * @param verifyOptions the FileSet's verify option letters, e.g. {@code pinsug5}
 */
public record VerifyAttributes(
    int fileIndex, int stream, String verifyOptions, String fileName, EncodedStat stat, String link) {

  public byte[] toWire() {
    String text =
        fileIndex + " " + stream + " " + verifyOptions + " " + fileName + '\0' + stat.encode() + '\0' + link + '\0';
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static VerifyAttributes parse(byte[] payload) throws ProtocolException {
    String text = new String(payload, StandardCharsets.UTF_8);
    String[] parts = text.split("\0", -1);
    String[] head = parts[0].split(" ", 4);
    if (parts.length < 3 || head.length < 4) {
      throw new ProtocolException(
          "verify attributes: expected \"<FileIndex> <stream> <options> <name>\\0<stat>\\0<link>\\0\", got \""
              + WireFormat.printable(text) + "\"");
    }
    return new VerifyAttributes(
        AttributeRecord.number(head[0], "FileIndex"), AttributeRecord.number(head[1], "stream"), head[2], head[3],
        EncodedStat.decode(parts[1]), parts[2]);
  }
}
