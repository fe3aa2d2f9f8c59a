package org.jbareos.storage.device;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.volume.VolumeWriter;
import org.jbareos.volume.WrittenBlock;

/**
 * A volume mounted for append on a reserved {@link Device}: the open {@link VolumeWriter}, the catalog's view of the
 * volume, and the blocks written since they were last taken ({@link #takeWrittenBlocks()}), which the append
 * session turns into JobMedia records and attribute batches. Every block written (the label block too) is counted
 * into {@link #catalogInfo()} as Bareos counts {@code VolCatBlocks}, {@code VolCatWrites} and {@code VolCatBytes}.
 */
public final class MountedVolume implements Closeable {
  private final Device device;
  private final VolumeCatalogInfo catalogInfo;
  private final List<WrittenBlock> written;
  private VolumeWriter writer;

  MountedVolume(Device device, VolumeCatalogInfo catalogInfo) {
    this.device = device;
    this.catalogInfo = catalogInfo;
    this.written = new ArrayList<>();
  }

  /** The {@link org.jbareos.volume.WriterOptions#withOnBlockWritten} listener: counts and remembers each block. */
  void blockWritten(WrittenBlock block) {
    catalogInfo.blockWritten(block.length());
    written.add(block);
  }

  void attach(VolumeWriter w) {
    this.writer = w;
  }

  public Device device() {
    return device;
  }

  public VolumeWriter writer() {
    return writer;
  }

  public VolumeCatalogInfo catalogInfo() {
    return catalogInfo;
  }

  public String volumeName() {
    return catalogInfo.volumeName();
  }

  /** The blocks written since the last call, oldest first. */
  public List<WrittenBlock> takeWrittenBlocks() {
    List<WrittenBlock> blocks = List.copyOf(written);
    written.clear();
    return blocks;
  }

  /** Closes the volume file (the partial block is written first). */
  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
