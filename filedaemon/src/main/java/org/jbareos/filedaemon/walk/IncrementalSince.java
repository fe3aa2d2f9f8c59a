package org.jbareos.filedaemon.walk;

import java.nio.file.Path;

/**
 * The time an Incremental or Differential job saves changes since ({@code level = since_utime <t> mtime_only=<0|1>},
 * {@code SetFindOptions}). A file is unchanged when its mtime is older than the since-time and, unless the Options
 * block has {@code m} (mtimeonly), its ctime too ({@code findlib/find_one.cc CheckChanges}). The {@code mtime_only=}
 * value of the level command is parsed by {@code filed/dir_cmd.cc LevelCmd} and then not used, so it is not here.
 *
 * @param saveTime seconds since the epoch, already adjusted for the clock difference measured with BTIME
 */
public record IncrementalSince(long saveTime) implements FileChanges {

  @Override
  public boolean changed(String fname, Path path, FileStat stat, FindOptions options, FindFileSet.Include include) {
    return changed(stat, options);
  }

  /** True when the file is to be saved. */
  public boolean changed(FileStat stat, FindOptions options) {
    boolean onlyMtime = options.has(FindFlag.MTIMEONLY);
    return !(stat.mtime() < saveTime && (onlyMtime || stat.ctime() < saveTime));
  }
}
