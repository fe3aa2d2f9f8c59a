package org.jbareos.config.value;

import java.util.List;
import org.jbareos.config.SourcePosition;

/**
 * One {@code Include { ... }} or {@code Exclude { ... }} block of a FileSet
 * ({@code dird/inc_conf.cc: newinc_items}).
 */
public record IncludeExcludeItem(
    boolean exclude,
    List<FileEntry> files,
    List<FileOptions> options,
    List<String> plugins,
    List<String> excludeDirContaining,
    SourcePosition position) {

  public IncludeExcludeItem {
    files = List.copyOf(files);
    options = List.copyOf(options);
    plugins = List.copyOf(plugins);
    excludeDirContaining = List.copyOf(excludeDirContaining);
  }
}
