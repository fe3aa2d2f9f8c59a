package org.jbareos.volume;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jbareos.protocol.attributes.SystemNames;

/**
 * Lists a volume the way {@code bls} does ({@code stored/bls.cc}, {@code stored/label.cc:DumpVolumeLabel},
 * {@code DumpSessionLabel}, {@code stored/record.cc:record_to_str}, {@code lib/attr.cc:attr_to_str}):
 * <ul>
 *   <li>{@link #listJobs} prints the labels as {@code bls -j -v}: "Volume Label:", "Begin Job Session Record:",
 *       "End Job Session Record:" sections, then "End of physical tape.";</li>
 *   <li>{@link #listRecords} prints the records as {@code bls -v}: one line per label record, one
 *       {@code FileIndex=.. Stream=.. NAME DataLen=.. | info} entry per data record (attributes show the ls-like
 *       line and the name, digests their base64), then the end-of-medium line and the file count.</li>
 * </ul>
 * bls's own log lines (device messages, "Ready to read ...") are not printed. Times use the given zone, as bls uses
 * the local time of its host; user and group names come from the given lookups, as bls uses getpwuid/getgrgid.
 */
public final class VolumeListing {
  private static final DateTimeFormatter LABEL_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH);

  private final ZoneId zone;
  private final LongFunction<String> userName;
  private final LongFunction<String> groupName;

  /**
   * @param zone the time zone for dates (bls prints local time)
   * @param userName uid to name; bls prints the number when the uid is unknown
   * @param groupName gid to name
   */
  public VolumeListing(ZoneId zone, LongFunction<String> userName, LongFunction<String> groupName) {
    this.zone = zone;
    this.userName = userName;
    this.groupName = groupName;
  }

  /** A listing with the system time zone and the host's user and group names ({@link SystemNames#system}). */
  public static VolumeListing ofSystem() {
    SystemNames names = SystemNames.system();
    return new VolumeListing(ZoneId.systemDefault(), names::user, names::group);
  }

  /** {@code bls -j -v}: the volume label and every session label in full. */
  public void listJobs(VolumeReader reader, Appendable out) throws IOException {
    reader.seek(0);
    reader.select(RecordSelection.all());
    for (Optional<PositionedRecord> p; (p = reader.nextRecord()).isPresent(); ) {
      Record r = p.get().record();
      LabelType type = LabelType.fromFileIndex(r.fileIndex()).orElse(null);
      if (type == LabelType.VOL_LABEL || type == LabelType.PRE_LABEL) {
        VolumeLabel l = reader.volumeLabel();
        out.append("\nVolume Label:\n")
            .append("Id                : ").append(l.id())
            .append("VerNo             : ").append(Long.toString(l.verNum())).append('\n')
            .append("VolName           : ").append(l.volumeName()).append('\n')
            .append("PrevVolName       : ").append(l.prevVolumeName()).append('\n')
            .append("VolFile           : 0\n")
            .append("LabelType         : ").append(l.type().name()).append('\n')
            .append("LabelSize         : ").append(Integer.toString(r.length())).append('\n')
            .append("PoolName          : ").append(l.poolName()).append('\n')
            .append("MediaType         : ").append(l.mediaType()).append('\n')
            .append("PoolType          : ").append(l.poolType()).append('\n')
            .append("HostName          : ").append(l.hostName()).append('\n')
            .append("Date label written: ").append(date(l.labelBtime())).append('\n');
      } else if (type == LabelType.SOS_LABEL || type == LabelType.EOS_LABEL) {
        sessionLabel(reader.sessionLabel(p.get()), out);
      }
    }
    out.append("End of physical tape.\n");
  }

  private void sessionLabel(SessionLabel s, Appendable out) throws IOException {
    out.append('\n').append(s.type() == LabelType.SOS_LABEL ? "Begin Job Session" : "End Job Session")
        .append(" Record:\n")
        .append("JobId             : ").append(Long.toString(s.jobId())).append('\n')
        .append("VerNum            : ").append(Long.toString(s.verNum())).append('\n')
        .append("PoolName          : ").append(s.poolName()).append('\n')
        .append("PoolType          : ").append(s.poolType()).append('\n')
        .append("JobName           : ").append(s.jobName()).append('\n')
        .append("ClientName        : ").append(s.clientName()).append('\n')
        .append("Job (unique name) : ").append(s.job()).append('\n')
        .append("FileSet           : ").append(s.fileSetName()).append('\n')
        .append("JobType           : ").append((char) s.jobType()).append('\n')
        .append("JobLevel          : ").append((char) s.jobLevel()).append('\n');
    if (s.totals() != null) {
      SessionLabel.Totals t = s.totals();
      out.append("JobFiles          : ").append(commas(t.jobFiles())).append('\n')
          .append("JobBytes          : ").append(commas(t.jobBytes())).append('\n')
          .append("StartBlock        : ").append(commas(t.startBlock())).append('\n')
          .append("EndBlock          : ").append(commas(t.endBlock())).append('\n')
          .append("StartFile         : ").append(commas(t.startFile())).append('\n')
          .append("EndFile           : ").append(commas(t.endFile())).append('\n')
          .append("JobErrors         : ").append(commas(t.jobErrors())).append('\n')
          .append("JobStatus         : ").append((char) t.jobStatus()).append('\n');
    }
    out.append("Date written      : ").append(date(s.writeBtime())).append('\n');
  }

  /** {@code bls -v}: every record, then the number of files and directories. */
  public void listRecords(VolumeReader reader, Appendable out) throws IOException {
    reader.seek(0);
    reader.select(RecordSelection.all());
    int files = 0;
    for (Optional<PositionedRecord> p; (p = reader.nextRecord()).isPresent(); ) {
      Record r = p.get().record();
      if (r.isLabel()) {
        labelLine(labelName(r.fileIndex()), r.volSessionId(), r.volSessionTime(), r.stream(), r.length(), out);
        continue;
      }
      String prefix = String.format("FileIndex=%-5d Stream=%-2d %-25s DataLen=%-5d", r.fileIndex(), r.stream(),
          StreamNames.of(r.stream(), r.fileIndex()), r.length());
      out.append(indent(prefix, info(r))).append('\n');
      int type = r.stream() & org.jbareos.protocol.Stream.TYPE_MASK;
      if (type == 1 || type == 5) {
        files++;
      }
    }
    labelLine("End of Physical Medium", 0, 0, 0, 0, out);
    out.append(Integer.toString(files)).append(" files and directories found.\n");
  }

  private static void labelLine(String what, long id, long time, int jobId, int len, Appendable out)
      throws IOException {
    out.append(what).append(" Record: VolSessionId=").append(Long.toString(id)).append(" VolSessionTime=")
        .append(Long.toString(time)).append(" JobId=").append(Integer.toString(jobId)).append(" DataLen=")
        .append(Integer.toString(len)).append('\n');
  }

  private static String labelName(int fileIndex) {
    return switch (LabelType.fromFileIndex(fileIndex).orElse(LabelType.EOB_LABEL)) {
      case PRE_LABEL -> "Fresh Volume Label";
      case VOL_LABEL -> "Volume Label";
      case SOS_LABEL -> "Begin Job Session";
      case EOS_LABEL -> "End Job Session";
      case EOM_LABEL -> "End of Medium";
      case EOT_LABEL -> "End of Physical Medium";
      case SOB_LABEL -> "Start of object";
      case EOB_LABEL -> fileIndex == LabelType.EOB_LABEL.fileIndex() ? "End of object" : "Unknown";
    };
  }

  /** {@code get_record_short_info}: attributes and digests; other streams show nothing. */
  private String info(Record r) {
    int type = r.stream() & org.jbareos.protocol.Stream.TYPE_MASK;
    return switch (type) {
      case 1, 5 -> {
        try {
          UnixAttributes a = UnixAttributes.parse(r.data());
          yield a.lsLine(userName, groupName, zone) + "\n" + a.displayName();
        } catch (IllegalArgumentException e) {
          yield "ERROR";
        }
      }
      case 3, 10, 17, 18, 40 -> Base64.getEncoder().withoutPadding().encodeToString(r.data()) + " (base64)";
      default -> "";
    };
  }

  /** {@code lib/util.cc:IndentMultilineString} with separator {@code " | "}. */
  private static String indent(String prefix, String info) {
    String pad = " ".repeat(prefix.length()) + " | ";
    StringBuilder sb = new StringBuilder(prefix).append(" | ");
    List<String> lines = List.of(info.split("\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        sb.append('\n').append(pad);
      }
      sb.append(lines.get(i));
    }
    return sb.toString();
  }

  private String date(long btimeMicros) {
    return LABEL_DATE.format(Instant.ofEpochSecond(Math.floorDiv(btimeMicros, 1_000_000L)).atZone(zone));
  }

  /** {@code edit_uint64_with_commas}. */
  private static String commas(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
