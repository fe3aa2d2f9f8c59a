package org.jbareos.volume;

/**
 * What a full volume could not take ({@link VolumeWriter#takeUnwritten()}): the whole records of the block that did
 * not fit, and the record that was being written when it did not. {@link VolumeWriter#resume} writes them to
 * the next volume, as Bareos writes the failed block again on the next volume ({@code
 * stored/device.cc:FixupDeviceBlockWriteError}).
 */
public final class UnwrittenData {
  final byte[] blockContent;
  final long volSessionId;
  final long volSessionTime;
  final int firstIndex;
  final int lastIndex;
  final Record unfinished;

  UnwrittenData(byte[] blockContent, long volSessionId, long volSessionTime, int firstIndex, int lastIndex,
      Record unfinished) {
    this.blockContent = blockContent;
    this.volSessionId = volSessionId;
    this.volSessionTime = volSessionTime;
    this.firstIndex = firstIndex;
    this.lastIndex = lastIndex;
    this.unfinished = unfinished;
  }

  /** True when nothing was left over. */
  public boolean isEmpty() {
    return blockContent.length == 0 && unfinished == null;
  }
}
