package org.jbareos.filedaemon.daemon;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/**
 * The Director's and the SD's sides of a kit capture, cut where the replay starts (after CRAM-MD5, which the scripted
 * peers run for real with fresh challenges), and the narrow normalizations that make our FD's frames comparable with
 * the real FD's.
 */
final class KitConversation {

  private static final Pattern JMSG_TIME = Pattern.compile("^(Jmsg Job=\\S+ type=\\d+ level=)\\d+");
  private static final Pattern VERSION = Pattern.compile("(JobId \\d+: Version: ).*\n$");
  private static final Pattern CONNECTED = Pattern.compile("(Connected Storage daemon at [^:]+:)\\d+,");

  final Transcript transcript;
  final List<TranscriptMessage> director;
  final List<TranscriptMessage> storage;
  final String job;
  final String sessionKey;

  KitConversation(String capture) {
    this.transcript = Transcript.conformance(capture);
    List<TranscriptMessage> dirFd = transcript.connectionBetween("dir", "fd");
    List<TranscriptMessage> fdSd = transcript.connectionBetween("fd", "sd");
    this.director = afterAuthentication(dirFd);
    this.storage = afterAuthentication(fdSd);
    String jobCommand = dirFd.stream().filter(m -> !m.isSignal() && m.text().startsWith("JobId="))
        .findFirst().orElseThrow().text();
    Matcher m = Pattern.compile("Job=(\\S+) .*Authorization=(\\S+)").matcher(jobCommand);
    if (!m.find()) {
      throw new IllegalStateException("no job command in " + capture);
    }
    this.job = m.group(1);
    this.sessionKey = m.group(2);
  }

  /** The messages after the second {@code 1000 OK auth} (the end of the two-way CRAM-MD5). */
  private static List<TranscriptMessage> afterAuthentication(List<TranscriptMessage> messages) {
    int seen = 0;
    for (int i = 0; i < messages.size(); i++) {
      if (!messages.get(i).isSignal() && messages.get(i).text().equals("1000 OK auth\n") && ++seen == 2) {
        return messages.subList(i + 1, messages.size());
      }
    }
    throw new IllegalStateException("no two-way authentication in the transcript");
  }

  /**
   * The Director-connection normalization: the job message time ({@code level=}), the FD's uname after {@code 2000
   * OK Job}, the version text of the {@code Version:} message, and the SD port of {@code Connected Storage daemon}.
   */
  static String normalizeDirector(String text) {
    String t = JMSG_TIME.matcher(text).replaceFirst("$1<time>");
    if (t.startsWith("2000 OK Job ")) {
      return "2000 OK Job <uname>";
    }
    t = VERSION.matcher(t).replaceFirst("$1<version>\n");
    return CONNECTED.matcher(t).replaceFirst("$1<port>,");
  }

  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
