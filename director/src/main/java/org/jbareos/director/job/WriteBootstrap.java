package org.jbareos.director.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.MediaRecord;

/**
 * The Job resource's {@code Write Bootstrap} file, written after a successful backup that wrote data ({@code
 * dird/backup.cc UpdateBootstrapFile}): a comment line {@code # <time> - <job> - <Level><since>}, then per JobMedia
 * row {@code Volume=}, {@code MediaType=}, {@code Slot=} (if any), {@code VolSessionId=}, {@code VolSessionTime=},
 * {@code VolAddr=<start>-<end>}, {@code FileIndex=<first>-<last>}. A Full replaces the file, other levels append.
 * The name may hold {@code %c} (client), {@code %j} (unique job name), {@code %n} (Job name), {@code %i} (JobId),
 * {@code %l} (level) and {@code %%} ({@code edit_job_codes}).
 */
final class WriteBootstrap {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.US);

  private WriteBootstrap() {}

  record Volume(JobMediaRecord jobMedia, MediaRecord media) {}

  static Path write(String pattern, String clientName, String job, String jobName, long jobId, String level,
      boolean full, String since, long volSessionId, long volSessionTime, List<Volume> volumes, LocalDateTime now)
      throws IOException {
    Path file = Path.of(expand(pattern, clientName, job, jobName, jobId, level));
    StringBuilder text = new StringBuilder();
    text.append("# ").append(TIME.format(now)).append(" - ").append(job).append(" - ").append(level).append(since)
        .append('\n');
    for (Volume v : volumes) {
      JobMediaRecord jm = v.jobMedia();
      text.append("Volume=\"").append(v.media().volumeName()).append("\"\n");
      text.append("MediaType=\"").append(v.media().mediaType()).append("\"\n");
      if (v.media().slot() > 0) {
        text.append("Slot=").append(v.media().slot()).append('\n');
      }
      text.append("VolSessionId=").append(volSessionId).append('\n');
      text.append("VolSessionTime=").append(volSessionTime).append('\n');
      text.append("VolAddr=").append(address(jm.startFile(), jm.startBlock())).append('-')
          .append(address(jm.endFile(), jm.endBlock())).append('\n');
      text.append("FileIndex=").append(jm.firstIndex()).append('-').append(jm.lastIndex()).append('\n');
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (full) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } else {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return file;
  }

  /** A volume address: {@code (file << 32) | block} (PROTOCOL.md §6.1). */
  static long address(long file, long block) {
    return (file << 32) | block;
  }

  static String expand(String pattern, String clientName, String job, String jobName, long jobId, String level) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 == pattern.length()) {
        out.append(c);
        continue;
      }
      char code = pattern.charAt(++i);
      switch (code) {
        case 'c' -> out.append(clientName);
        case 'j' -> out.append(job);
        case 'n' -> out.append(jobName);
        case 'i' -> out.append(jobId);
        case 'l' -> out.append(level);
        case '%' -> out.append('%');
        default -> out.append('%').append(code);
      }
    }
    return out.toString();
  }
}
