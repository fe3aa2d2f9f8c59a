package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;

/** A Schedule; each {@code Run} line is kept as written ("Full 1st sat at 21:00"). */
public record ScheduleResource(String name, List<String> runs, boolean enabled,
    Resource resource) {

  public static ScheduleResource of(Resource r) {
    return new ScheduleResource(r.name(), r.find(ScheduleDirectives.RUN).orElse(List.of()),
        r.get(ScheduleDirectives.ENABLED), r);
  }
}
