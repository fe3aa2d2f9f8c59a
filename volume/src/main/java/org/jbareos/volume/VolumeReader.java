package org.jbareos.volume;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Bareos File-device volume (PROTOCOL.md §8): its blocks, and its records put back together across blocks.
 *
 * <pre>
 * try (VolumeReader r = VolumeReader.open(path)) {
 *   VolumeLabel label = r.volumeLabel();
 *   r.select(RecordSelection.all().withSession(id, time).withFileIndexes(1, 10));
 *   r.seek(volAddrStart);                       // optional: VolAddr= of a bootstrap
 *   for (Optional&lt;PositionedRecord&gt; rec; (rec = r.nextRecord()).isPresent(); ) { ... }
 * }
 * </pre>
 *
 * <p>Opening reads and checks the first block and its volume label (VOL_LABEL, or PRE_LABEL; Id and VerNum 20
 * required); iteration then starts at offset 0, so the volume label is the first record returned.
 *
 * <p>End and damage: the end of the file at a block boundary is the regular end ({@link Optional#empty()}). A
 * truncated last block, a garbage tail, an insane block length or a checksum mismatch throws a
 * {@link VolumeFormatException} naming the offset; reading never loops and never allocates more than the file holds.
 * Records still unfinished at the end (continued on a next volume, or cut off) are not returned; see
 * {@link #unfinishedRecords()}.
 *
 * <p>{@link #nextBlock()} and {@link #nextRecord()} share one position: a block returned by {@link #nextBlock()} is
 * not seen by {@link #nextRecord()}. Use one or the other per pass (or {@link #seek(long)} between them).
 */
public final class VolumeReader implements Closeable {
  private final FileChannel channel;
  private final String volumeName;
  private final BlockReader blocks;
  private final VolumeLabel volumeLabel;
  private final RecordReassembler reassembler = new RecordReassembler();
  private final Deque<PositionedRecord> ready = new ArrayDeque<>();
  private RecordSelection selection = RecordSelection.all();
  private long position;

  private VolumeReader(FileChannel channel, String volumeName, boolean verifyChecksums) throws IOException {
    this.channel = channel;
    this.volumeName = volumeName;
    this.blocks = new BlockReader(channel, volumeName, verifyChecksums);
    this.volumeLabel = readVolumeLabel();
  }

  /** Opens a volume file, verifying block checksums. */
  public static VolumeReader open(Path file) throws IOException {
    return open(file, true);
  }

  /**
   * Opens a volume file.
   *
   * @param verifyChecksums false for volumes written with {@code Block Checksum = no} (checksum 0)
   */
  public static VolumeReader open(Path file, boolean verifyChecksums) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    try {
      return new VolumeReader(ch, file.getFileName().toString(), verifyChecksums);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private VolumeLabel readVolumeLabel() throws IOException {
    Block first = blocks.readAt(0)
        .orElseThrow(() -> new VolumeFormatException(volumeName, 0, "empty file, no volume label"));
    List<Block.RecordFragment> fragments = first.fragments();
    if (fragments.isEmpty()) {
      throw new VolumeFormatException(volumeName, 0, "first block has no record, wanted the volume label");
    }
    Block.RecordFragment f = fragments.get(0);
    int fi = f.header().fileIndex();
    if (fi != LabelType.VOL_LABEL.fileIndex() && fi != LabelType.PRE_LABEL.fileIndex()) {
      throw new VolumeFormatException(volumeName, f.offset(), "expecting the volume label, got FileIndex=" + fi
          + " Stream=" + f.header().stream() + " len=" + f.header().remaining());
    }
    if (f.isPartial()) {
      throw new VolumeFormatException(volumeName, f.offset(), "the volume label does not fit into the first block");
    }
    byte[] data = new byte[f.dataLength()];
    System.arraycopy(first.bytes(), f.dataStart(), data, 0, data.length);
    try {
      return VolumeLabel.decode(LabelType.fromFileIndex(fi).orElseThrow(), data);
    } catch (LabelFormatException e) {
      throw new VolumeFormatException(volumeName, f.offset() + RecordHeader.LENGTH + e.position(),
          "bad volume label: " + e.getMessage(), e);
    }
  }

  /** The volume label read when opening. */
  public VolumeLabel volumeLabel() {
    return volumeLabel;
  }

  /** The volume's name as used in error messages (the file name). */
  public String volumeName() {
    return volumeName;
  }

  /** The size of the volume file in bytes. */
  public long size() throws IOException {
    return channel.size();
  }

  /** The address of the next block to be read. */
  public long position() {
    return position;
  }

  /** Sets which records {@link #nextRecord()} returns. */
  public void select(RecordSelection selection) {
    this.selection = selection;
  }

  /**
   * Moves to the block starting at {@code address} (a {@code VolAddr=} start, or a {@link RecordAddress}) and forgets
   * unfinished records. The next read checks that a block starts there.
   */
  public void seek(long address) {
    position = address;
    ready.clear();
    reassembler.clear();
  }

  /** The next block, or empty at the end of the volume. */
  public Optional<Block> nextBlock() throws IOException {
    Optional<Block> b = blocks.readAt(position);
    b.ifPresent(block -> position = block.address() + block.length());
    return b;
  }

  /**
   * Moves past the next block after checking only its header (magic, a sane length that the volume holds), without
   * reading its contents; false at the end of the volume. Finds the end of a long volume quickly.
   */
  public boolean skipBlock() throws IOException {
    Optional<BlockHeader> header = blocks.headerAt(position);
    header.ifPresent(h -> position += h.blockLength());
    return header.isPresent();
  }

  /** The next selected record, whole, or empty at the end of the volume. */
  public Optional<PositionedRecord> nextRecord() throws IOException {
    while (ready.isEmpty()) {
      Optional<BlockView> b = blocks.viewAt(position);
      if (b.isEmpty()) {
        return Optional.empty();
      }
      position = b.get().address() + b.get().length();
      for (PositionedRecord r : reassembler.accept(b.get())) {
        if (selection.test(r.record())) {
          ready.add(r);
        }
      }
    }
    return Optional.of(ready.poll());
  }

  /**
   * Parses a session label record returned by {@link #nextRecord()}.
   *
   * @throws VolumeFormatException when the record is no SOS/EOS label or its data is malformed
   */
  public SessionLabel sessionLabel(PositionedRecord rec) throws VolumeFormatException {
    int fi = rec.record().fileIndex();
    LabelType type = LabelType.fromFileIndex(fi).orElse(null);
    if (type != LabelType.SOS_LABEL && type != LabelType.EOS_LABEL) {
      throw new VolumeFormatException(volumeName, rec.headerOffset(), "FileIndex " + fi + " is no session label");
    }
    try {
      return SessionLabel.decode(type, rec.record().data());
    } catch (LabelFormatException e) {
      throw new VolumeFormatException(volumeName, rec.headerOffset(), "bad session label: " + e.getMessage(), e);
    }
  }

  /** Records begun but not finished at the current position (at the end: continued on a next volume or cut off). */
  public int unfinishedRecords() {
    return reassembler.unfinishedRecords();
  }

  /** Continuation fragments skipped because no record of their session was unfinished (e.g. after a seek). */
  public long skippedContinuations() {
    return reassembler.skippedContinuations();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
