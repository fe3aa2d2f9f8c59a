package org.jbareos.protocol.attributes;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * The payload of a {@code STREAM_UNIX_ATTRIBUTES} (1) record, from the FD to the SD, on the volume, in the SD's
 * {@code UpdCat} and back to the FD on restore (PROTOCOL.md §7.3; {@code filed/backup.cc:EncodeAndSendAttributes},
 * {@code dird/catreq.cc:UpdateAttribute}):
 *
 * <pre>
 * &lt;FileIndex&gt; &lt;FT_type&gt; &lt;fname&gt;\0&lt;encoded stat&gt;\0&lt;link&gt;\0&lt;attribsEx&gt;\0&lt;delta_seq&gt;\0
 * </pre>
 *
 * Directories ({@link FileType#DIREND}) have a name with a trailing {@code /}; links carry the target in {@code
 * link}; {@code attribsEx} is empty on Unix. Names are UTF-8 (a name that is not valid UTF-8 does not come back byte
 * for byte).
 *
 * @param fileType the wire number; see {@link #type()}
 * @param deltaSeq the delta sequence, usually 0
 */
public record AttributeRecord(
    int fileIndex, int fileType, String fileName, EncodedStat stat, String link, String attribsEx, int deltaSeq) {

  /** The file type, or null for a number Bareos does not define. */
  public FileType type() {
    return FileType.fromCode(fileType);
  }

  /** The record payload. */
  public byte[] toWire() {
    String text =
        fileIndex + " " + fileType + " " + fileName + '\0' + stat.encode() + '\0' + link + '\0' + attribsEx + '\0'
            + deltaSeq + '\0';
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a record payload. */
  public static AttributeRecord parse(byte[] payload) throws ProtocolException {
    return fields(payload).decoded();
  }

  /**
   * Reads a record payload but leaves the stat as the FD encoded it: what the Director's catalog stores, as Bareos
   * stores it ({@code dird/catreq.cc UpdateAttribute} keeps the text after the name as {@code ar->attr}).
   */
  public static Fields fields(byte[] payload) throws ProtocolException {
    String text = new String(payload, StandardCharsets.UTF_8);
    String[] parts = text.split("\0", -1);
    if (parts.length < 3) {
      throw new ProtocolException(
          "attribute record: expected <FileIndex> <FT> <name>\\0<stat>\\0<link>\\0..., got \""
              + WireFormat.printable(text) + "\"");
    }
    String head = parts[0];
    int first = head.indexOf(' ');
    int second = first < 0 ? -1 : head.indexOf(' ', first + 1);
    if (second < 0) {
      throw new ProtocolException(
          "attribute record: expected \"<FileIndex> <FT_type> <name>\", got \"" + WireFormat.printable(head) + "\"");
    }
    int fileIndex = number(head.substring(0, first), "FileIndex");
    int fileType = number(head.substring(first + 1, second), "FT_type");
    String attribsEx = parts.length > 3 ? parts[3] : "";
    int deltaSeq = parts.length > 4 && !parts[4].isEmpty() ? number(parts[4], "delta_seq") : 0;
    return new Fields(fileIndex, fileType, head.substring(second + 1), parts[1], parts[2], attribsEx, deltaSeq);
  }

  /**
   * An attribute record with its stat still encoded ({@link #fields}).
   *
   * @param encodedStat the stat's text between the NULs, not checked until {@link #decoded}
   */
  public record Fields(
      int fileIndex, int fileType, String fileName, String encodedStat, String link, String attribsEx, int deltaSeq) {

    /** The file type, or null for a number Bareos does not define. */
    public FileType type() {
      return FileType.fromCode(fileType);
    }

    /** The record with its stat decoded. */
    public AttributeRecord decoded() throws ProtocolException {
      return new AttributeRecord(
          fileIndex, fileType, fileName, EncodedStat.decode(encodedStat), link, attribsEx, deltaSeq);
    }
  }

  static int number(String text, String field) throws ProtocolException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ProtocolException("attribute record: expected a number for " + field + ", got \"" + text + "\"");
    }
  }
}
