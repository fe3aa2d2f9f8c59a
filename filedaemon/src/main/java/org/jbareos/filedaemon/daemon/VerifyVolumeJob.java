package org.jbareos.filedaemon.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.Stream;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.attributes.VerifyDigest;
import org.jbareos.protocol.dirfd.VerifyCommand;
import org.jbareos.protocol.fdsd.ReadRecordHeader;

/**
 * {@code verify level=volume} (VolumeToCatalog; {@code filed/dir_cmd.cc VerifyCmd}, {@code filed/verify_vol.cc
 * DoVerifyVolume}; PROTOCOL.md §5.4, §5.6; conformance verify-volume.txt): {@code 2000 OK verify}, a read session from
 * the SD, and for each attribute record the line {@code <JobFiles> 1 pinsug5 <fname>\0<lstat>\0[<link>]\0}, for each
 * digest record {@code <JobFiles> <stream> <base64> *MD5-<JobFiles>*}, to the Director; then read close, TERMINATE to
 * the SD and an EOD to the Director. The session ends. The other levels (init, catalog, disk_to_catalog, data) scan the
 * client's disk, which this File Daemon does not do: they are refused.
 */
final class VerifyVolumeJob {

  /** The verify options {@code DoVerifyVolume} always sends. */
  private static final String VERIFY_OPTIONS = "pinsug5";

  private final BareosConnection director;
  private final JobSession job;
  private final FileDaemonServices services;
  private long jobFiles;

  VerifyVolumeJob(BareosConnection director, JobSession job, FileDaemonServices services) {
    this.director = director;
    this.job = job;
    this.services = services;
  }

  /** Runs the verify; always false: the session ends. */
  boolean run(String text) throws IOException {
    if (!services.allows("verify", job.messages())) {
      director.send("2994 Bad verify command: " + text);
      return false;
    }
    String level;
    try {
      level = VerifyCommand.parse(text).level();
    } catch (ProtocolException e) {
      director.send("2994 Bad verify command: " + text);
      return false;
    }
    if (!level.equals("volume")) {
      job.messages().fatal("Verify level " + level + " is not supported by this File Daemon (jbareos).\n");
      director.send("2994 Bad verify level: " + text);
      return false;
    }
    director.send("2000 OK verify\n");
    Optional<StorageConnection> storage = job.storage();
    if (storage.isEmpty()) {
      fail("Storage command not issued before Verify.\n");
      return false;
    }
    Optional<Long> ticket = ReadSession.open(storage.get(), job.job().orElseThrow(), this::fail);
    if (ticket.isEmpty()) {
      return false;
    }
    job.status(JobStatus.RUNNING);
    try (DirectorHeartbeat heartbeat = DirectorHeartbeat.start(director, services.heartbeatInterval())) {
      verify(storage.get());
    }
    job.totals(jobFiles, 0, 0, 0);
    ReadSession.close(storage.get(), ticket.get());
    director.signal(Signal.EOD);
    return false;
  }

  private void verify(StorageConnection sd) throws IOException {
    try {
      for (Packet packet; (packet = sd.next()) instanceof Packet.Message header && !job.isCanceled(); ) {
        ReadRecordHeader record;
        try {
          record = ReadRecordHeader.parse(header.text());
        } catch (ProtocolException e) {
          fail("Record header scan error: " + header.text() + "\n");
          return;
        }
        if (!(sd.next() instanceof Packet.Message data)) {
          fail("Data record error. ERR=a signal instead of the record's data\n");
          return;
        }
        if (data.length() != record.dataLength()) {
          fail("Actual data size " + data.length() + " not same as header " + record.dataLength() + "\n");
          return;
        }
        relay(record.stream(), data.payload());
      }
      job.status(JobStatus.TERMINATED);
    } catch (IOException e) {
      fail("Data record error. ERR=" + e.getMessage() + "\n");
    }
  }

  /** Sends what the Director compares with its catalog for one record; other streams are ignored. */
  private void relay(int stream, byte[] data) throws IOException {
    if (stream == Stream.UNIX_ATTRIBUTES.value() || stream == Stream.UNIX_ATTRIBUTES_EX.value()) {
      attributes(data);
      return;
    }
    DigestAlgorithm algorithm = DigestAlgorithm.fromStream(stream);
    if (algorithm != null && data.length >= algorithm.length()) {
      Digest digest = new Digest(algorithm, Arrays.copyOf(data, algorithm.length()));
      director.send(new VerifyDigest((int) jobFiles, digest).wireText());
    }
  }

  /** {@code <FI> <type> <fname>\0<lstat>\0<link>\0...} in, the verify attribute line out (bytes kept as they came). */
  private void attributes(byte[] data) throws IOException {
    String head = new String(data, 0, Math.min(data.length, 32), StandardCharsets.ISO_8859_1);
    String[] fields = head.split(" ", 3);
    int type;
    try {
      type = Integer.parseInt(fields[1]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      fail("Error scanning record header: " + head + "\n");
      return;
    }
    int nameStart = fields[0].length() + 1 + fields[1].length() + 1;
    int nameEnd = indexOfNul(data, nameStart);
    int statEnd = indexOfNul(data, nameEnd + 1);
    int linkEnd = indexOfNul(data, statEnd + 1);
    FileType fileType = FileType.fromCode(type & FileType.MASK);
    jobFiles++;
    ByteArrayOutputStream line = new ByteArrayOutputStream(data.length + 16);
    long index = fileType == FileType.DELETED ? 0 : jobFiles;
    line.writeBytes((index + " " + Stream.UNIX_ATTRIBUTES.value() + " " + VERIFY_OPTIONS + " ")
        .getBytes(StandardCharsets.US_ASCII));
    line.write(data, nameStart, statEnd + 1 - nameStart);
    if (fileType == FileType.LNK || fileType == FileType.LNKSAVED) {
      line.write(data, statEnd + 1, linkEnd - statEnd - 1);
    }
    line.write(0);
    director.send(line.toByteArray());
  }

  private static int indexOfNul(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return data.length;
  }

  private void fail(String text) {
    if (!job.isCanceled()) {
      job.messages().fatal(text);
    }
    job.status(JobStatus.ERROR_TERMINATED);
  }
}
