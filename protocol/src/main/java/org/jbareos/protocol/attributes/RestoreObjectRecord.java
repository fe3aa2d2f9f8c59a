package org.jbareos.protocol.attributes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jbareos.net.ProtocolException;

/**
 * The payload of a {@code STREAM_RESTORE_OBJECT} (28) record, sent by plugins ({@code filed/backup.cc}, {@code
 * FT_RESTORE_FIRST}; PROTOCOL.md §7.3):
 *
 * <pre>
 * &lt;FileIndex&gt; &lt;type&gt; &lt;object_index&gt; &lt;comp_len&gt; &lt;full_len&gt; &lt;compression&gt; &lt;name&gt;\0&lt;object name&gt;\0
 * &lt;comp_len bytes of object data&gt;\0
 * </pre>
 *
 * The object is zlib-compressed when {@code compression} is 1 (the FD compresses objects over 1000 bytes when that
 * makes them smaller); {@code full_len} is then the uncompressed length. The final NUL is sent so that the Director
 * can store the object as a C string.
 *
 * @param fileType {@link FileType#RESTORE_FIRST}, {@link FileType#PLUGIN_CONFIG} or {@link
 *     FileType#PLUGIN_CONFIG_FILLED}
 * @param name the file name the plugin gave (the plugin name for plugin objects)
 * @param object the object bytes as sent ({@code comp_len} of them)
 */
public record RestoreObjectRecord(
    int fileIndex,
    int fileType,
    int objectIndex,
    int fullLength,
    int compression,
    String name,
    String objectName,
    byte[] object) {

  public RestoreObjectRecord {
    object = object.clone();
  }

  @Override
  public byte[] object() {
    return object.clone();
  }

  public byte[] toWire() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(object.length + 128);
    String head =
        fileIndex + " " + fileType + " " + objectIndex + " " + object.length + " " + fullLength + " " + compression
            + " " + name + '\0' + objectName + '\0';
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(object);
    out.write(0);
    return out.toByteArray();
  }

  public static RestoreObjectRecord parse(byte[] payload) throws ProtocolException {
    int nameEnd = indexOf(payload, 0);
    int objectNameEnd = nameEnd < 0 ? -1 : indexOf(payload, nameEnd + 1);
    if (objectNameEnd < 0) {
      throw new ProtocolException("restore object: expected <header> <name>\\0<object name>\\0<data>\\0");
    }
    String head = new String(payload, 0, nameEnd, StandardCharsets.UTF_8);
    String[] words = head.split(" ", 7);
    if (words.length < 7) {
      throw new ProtocolException("restore object: expected 6 numbers and a name, got \"" + head + "\"");
    }
    int[] numbers = new int[6];
    for (int i = 0; i < 6; i++) {
      numbers[i] = AttributeRecord.number(words[i], "restore object field " + (i + 1));
    }
    int compLength = numbers[3];
    int dataStart = objectNameEnd + 1;
    if (compLength < 0 || payload.length - dataStart < compLength) {
      throw new ProtocolException(
          "restore object: comp_len " + compLength + " but " + (payload.length - dataStart) + " bytes follow");
    }
    String objectName = new String(payload, nameEnd + 1, objectNameEnd - nameEnd - 1, StandardCharsets.UTF_8);
    return new RestoreObjectRecord(
        numbers[0], numbers[1], numbers[2], numbers[4], numbers[5], words[6], objectName,
        Arrays.copyOfRange(payload, dataStart, dataStart + compLength));
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RestoreObjectRecord r
        && fileIndex == r.fileIndex
        && fileType == r.fileType
        && objectIndex == r.objectIndex
        && fullLength == r.fullLength
        && compression == r.compression
        && name.equals(r.name)
        && objectName.equals(r.objectName)
        && Arrays.equals(object, r.object);
  }

  @Override
  public int hashCode() {
    return fileIndex * 31 + objectIndex + name.hashCode() + Arrays.hashCode(object);
  }

  @Override
  public String toString() {
    return "RestoreObject[" + fileIndex + " " + objectName + " (" + name + "), " + object.length + " bytes]";
  }
}
