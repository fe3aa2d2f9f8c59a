package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director's {@code level = } command, printed with {@code dird/fd_cmds.cc levelcmd} {@code "level =
 * %s%s%s mtime_only=%d %s%s\n"} (PROTOCOL.md §5.1), hence the double space and the trailing space of {@code level =
 * full  mtime_only=0 \n}. The FD reads the first word with {@code "level = %s "} ({@code filed/dir_cmd.cc
 * LevelCmd}).
 */
public sealed interface LevelCommand extends TextMessage permits LevelCommand.Base, LevelCommand.SinceTime {
  WireFormat FORMAT = WireFormat.of("level", "level = %s ");

  /** Reads a level command as the FD does. */
  static LevelCommand parse(String wire) throws ProtocolException {
    String word = FORMAT.scan(wire).text(0);
    return word.equals("since_utime") ? SinceTime.parse(wire) : Base.parse(wire);
  }

  /**
   * {@code level = [accurate_]<level>[ rerunning] mtime_only=0 \n}.
   *
   * @param level {@code full}, {@code base}, {@code differential} or {@code incremental}
   * @param accurate the {@code accurate_} prefix (differential and incremental in accurate mode)
   * @param rerunning a rerun of a failed job
   * @param mtimeOnly always 0 from the Director (mtime only is a file option)
   */
  record Base(String level, boolean accurate, boolean rerunning, int mtimeOnly) implements LevelCommand {
    public static final String FULL = "full";
    public static final String BASE = "base";
    public static final String DIFFERENTIAL = "differential";
    public static final String INCREMENTAL = "incremental";
    private static final String ACCURATE = "accurate_";
    private static final WireFormat PRINT = WireFormat.of("level", "level = %s%s%s mtime_only=%d %s%s\n");
    private static final WireFormat SCAN = WireFormat.of("level", "level = %s  mtime_only=%d ");
    private static final WireFormat SCAN_RERUN = WireFormat.of("level", "level = %s rerunning mtime_only=%d ");

    /** The level as the Director sends it for a plain run. */
    public static Base of(String level) {
      return new Base(level, false, false, 0);
    }

    @Override
    public String wireText() {
      return PRINT.format(accurate ? ACCURATE : "", level, rerunning ? " rerunning " : " ", mtimeOnly, "", "");
    }

    static Base parse(String wire) throws ProtocolException {
      WireFormat.Fields f;
      boolean rerunning = SCAN_RERUN.matches(wire);
      int mtimeOnly;
      if (rerunning) {
        f = SCAN_RERUN.scan(wire);
        mtimeOnly = f.integer(1);
      } else {
        f = SCAN.scan(wire);
        mtimeOnly = f.integer(1);
      }
      String word = f.text(0);
      boolean accurate = word.startsWith(ACCURATE);
      return new Base(accurate ? word.substring(ACCURATE.length()) : word, accurate, rerunning, mtimeOnly);
    }
  }

  /**
   * {@code level = since_utime <utime> mtime_only=0 prev_job=<job>\n}: the second command of an incremental or
   * differential backup. The FD then sends BNET_BTIME ten times (the Director answers {@link BtimeReply}), an EOD and
   * {@link DirFdLine#LEVEL_OK}.
   *
   * @param utime the start time (seconds) of the job the backup is based on
   * @param prevJob that job's unique name; the Director always sends {@code prev_job=}, empty when it knows none
   *     ({@code dird/fd_cmds.cc:SendSinceTime}); the FD also accepts the older form without it
   */
  record SinceTime(long utime, int mtimeOnly, String prevJob) implements LevelCommand {
    private static final WireFormat PRINT =
        WireFormat.of("level since_utime", "level = since_utime %s mtime_only=%d prev_job=%s\n");
    private static final WireFormat SCAN =
        WireFormat.of("level since_utime", "level = since_utime %s mtime_only=%d prev_job=%127s");
    private static final WireFormat SCAN_NO_JOB =
        WireFormat.of("level since_utime", "level = since_utime %s mtime_only=%d");

    @Override
    public String wireText() {
      return PRINT.format(Long.toString(utime), mtimeOnly, prevJob);
    }

    static SinceTime parse(String wire) throws ProtocolException {
      boolean withJob = SCAN.matches(wire);
      WireFormat.Fields f = (withJob ? SCAN : SCAN_NO_JOB).scan(wire);
      long utime;
      try {
        utime = Long.parseLong(f.text(0));
      } catch (NumberFormatException e) {
        throw new ProtocolException("level since_utime: expected a number of seconds, got \"" + f.text(0) + "\"");
      }
      return new SinceTime(utime, f.integer(1), withJob ? f.text(2) : "");
    }
  }
}
