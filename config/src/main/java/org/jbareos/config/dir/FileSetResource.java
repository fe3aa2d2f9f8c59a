package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.value.IncludeExcludeItem;

/** A FileSet: its Include and Exclude blocks in order (PROTOCOL.md §5.2 sends them to the FD). */
public record FileSetResource(String name, String description, List<IncludeExcludeItem> includes,
    List<IncludeExcludeItem> excludes, boolean enableVss, boolean ignoreFileSetChanges,
    Resource resource) {

  public static FileSetResource of(Resource r) {
    return new FileSetResource(r.name(), r.get(FileSetDirectives.DESCRIPTION),
        r.find(FileSetDirectives.INCLUDE).orElse(List.of()),
        r.find(FileSetDirectives.EXCLUDE).orElse(List.of()), r.get(FileSetDirectives.ENABLE_VSS),
        r.get(FileSetDirectives.IGNORE_FILE_SET_CHANGES), r);
  }
}
