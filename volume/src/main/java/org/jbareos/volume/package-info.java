/**
 * The Bareos on-disk volume format for File devices (PROTOCOL.md §8): what our Storage Daemon writes and reads so that
 * Bareos's {@code bls}/{@code bextract} read our volumes and we read theirs.
 *
 * <pre>
 * volume file = label block (BlockNumber 0: [BB02 header 24][VOL_LABEL record]) then data blocks, no padding
 * block       = [CheckSum u32][block_len u32][BlockNumber u32]["BB02"][VolSessionId u32][VolSessionTime u32]
 *               [record header 12][data] [record header 12][data] ...
 * record hdr  = [FileIndex i32][Stream i32 (negative = continuation)][data_len u32 = bytes still to come]
 * </pre>
 *
 * <p>Entry points: {@link org.jbareos.volume.VolumeWriter} (create or append; reports each
 * {@link org.jbareos.volume.WrittenBlock} and each record's {@link org.jbareos.volume.RecordAddress}),
 * {@link org.jbareos.volume.VolumeReader} (blocks, whole records, seek to a {@code VolAddr}, selection by session and
 * FileIndex), the labels {@link org.jbareos.volume.VolumeLabel} and {@link org.jbareos.volume.SessionLabel}, and
 * {@link org.jbareos.volume.VolumeListing} for {@code bls}-style listings. Damaged input is a
 * {@link org.jbareos.volume.VolumeFormatException} naming the volume and the byte offset.
 */
package org.jbareos.volume;
