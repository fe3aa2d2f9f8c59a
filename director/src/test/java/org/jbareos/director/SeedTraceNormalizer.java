package org.jbareos.director;

import java.util.List;
import java.util.regex.Pattern;
import org.jbareos.testkit.TraceLine;

/**
 * Turns a network dump line (the seed's, ours, or one printed from a 26.0.0 recording) into the form in which the
 * seed and our daemons are compared: the parts that differ from run to run, or by configuration, or by a difference
 * between Bareos 19.1.2 and 26.0.0 that PROTOCOL.md §0 documents, are replaced by placeholders. A text the dump cut
 * (only its first 100 bytes are shown) is compared as a prefix; the rules also take the parts they replace when the
 * cut left only their beginning.
 */
final class SeedTraceNormalizer {

  /** One normalisation, with the reason it is allowed. */
  private record Rule(Pattern pattern, String replacement, String why) {}

  private static Rule rule(String regex, String replacement, String why) {
    return new Rule(Pattern.compile(regex), replacement, why);
  }

  private static final List<Rule> RULES = List.of(
      rule("(\\S+)\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d\\.\\d\\d\\.\\d\\d_\\d\\d", "$1.<time>",
          "a unique job name ends with its start time and a counter"),
      rule(" Version=\"[^\"]*\"", "", "§0: the Director's hello (and, per backup-full.txt, the FD's Hello Start Job) "
          + "names the version since 26.0.0"),
      rule(" qualified-name=.*$", "", "§0: qualified-name= is only sent when the network dump is on"),
      rule("<\\d+\\.\\d+@[^>]*>", "<challenge>", "a CRAM challenge is random and timed; §0: its name is qualified"),
      rule("ssl=\\d", "ssl=<n>", "§0: the TLS policy comes from the configuration (the kit's says TLS Enable = no)"),
      rule("^[A-Za-z0-9+/]{20,24}$", "<cram response>", "a CRAM response answers a random challenge"),
      rule("^2000 OK Job .*$", "2000 OK Job <version>", "§0: the FD's version and platform"),
      rule("level=\\d+", "level=<time>", "a job message carries its time"),
      rule("(SDtime|VolSessionTime)=\\d+", "$1=<time>", "the SD's start time"),
      rule("Authorization=[A-Z-]*", "Authorization=<key>", "the session key is random"),
      rule("DummyVolume \\d+ \\d+", "DummyVolume <id> <time>", "the volume session id and time"),
      rule("^rechdr \\d+ \\d+ (\\d+ \\d+) \\d+$", "rechdr <id> <time> $1 <length>",
          "the volume session id and time; the record's length depends on the file name's"),
      rule("(JobId[= ]|SDid=|VolSessionId=|jobid=)\\d+", "$1<id>", "job and session ids count the jobs run"),
      rule("(ticket = |session |^append data |^read data )\\d+", "$1<id>", "the SD's ticket is the session id"),
      rule("localhost-fd", "bareos-fd", "the Client's name comes from the configuration"),
      rule("pool_name=\\S+", "pool_name=<pool>", "the restore job's Pool comes from the configuration"),
      rule("/\\S*tape_options", "<file>", "the backed up file lives in the test's directory"),
      rule("<file>.+$", "<file><lstat>", "the file's stat differs from machine to machine"),
      rule("where=\\S+", "where=<dir>", "the restore target lives in the test's directory"),
      rule("address=\\S+ port=\\d+", "address=<host> port=<port>", "loopback ports are chosen by the test"),
      rule("at [^:\\s]+:\\d+", "at <host>:<port>", "loopback ports are chosen by the test"),
      rule("(Vol(?!Name)[A-Za-z]+|FirstIndex|LastIndex|StartFile|EndFile|StartBlock|EndBlock|JobBytes)=[0-9-]+",
          "$1=<n>", "volume positions and sizes depend on the name and stat lengths and on the label's time"),
      rule("FileAttributes .*$", "FileAttributes <record>", "the record's binary header and its file's stat"));

  private SeedTraceNormalizer() {}

  /** A line in comparable form. */
  static Normalized of(TraceLine line) {
    String direction = line.from() + " -> " + line.to() + ": ";
    if (line.isSignal()) {
      return new Normalized(direction + "signal " + line.length(), false, line);
    }
    String text = line.text();
    boolean truncated = line.truncated();
    for (Rule rule : RULES) {
      text = rule.pattern().matcher(text).replaceAll(rule.replacement());
    }
    return new Normalized(direction + text.strip(), truncated, line);
  }

  /**
   * A normalised line.
   *
   * @param key the direction and normalised text
   * @param prefix true when the dump cut the text: the key is a prefix of the message's
   * @param line the line it came from
   */
  record Normalized(String key, boolean prefix, TraceLine line) {

    /** True when both can be the same message. */
    boolean matches(Normalized other) {
      if (prefix && other.prefix) {
        return key.startsWith(other.key) || other.key.startsWith(key);
      }
      if (prefix) {
        return other.key.startsWith(key);
      }
      return other.prefix ? key.startsWith(other.key) : key.equals(other.key);
    }

    @Override
    public String toString() {
      return line.toString();
    }
  }
}
