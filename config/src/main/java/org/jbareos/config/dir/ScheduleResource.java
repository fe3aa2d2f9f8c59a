package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.value.ScheduleRun;

/** A Schedule with its {@code Run} lines ("Full 1st sat at 21:00"). */
public record ScheduleResource(String name, List<ScheduleRun> runs, boolean enabled,
    Resource resource) {

  public static ScheduleResource of(Resource r) {
    return new ScheduleResource(r.name(), r.find(ScheduleDirectives.RUN).orElse(List.of()),
        r.get(ScheduleDirectives.ENABLED), r);
  }
}
