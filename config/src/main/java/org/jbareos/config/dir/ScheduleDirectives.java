package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.ScheduleRunType;
import org.jbareos.config.value.ScheduleRun;

/**
 * A Schedule: its Run lines, kept as written.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code sch_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(ScheduleDirectives.NAME)}.
 */
public final class ScheduleDirectives {

  private ScheduleDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<List<ScheduleRun>> RUN =
      Directive.of("Run", ScheduleRunType.RUN);

  public static final Directive<Boolean> ENABLED =
      Directive.of("Enabled", ScalarTypes.BOOL).withDefault("true");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Schedule", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, RUN, ENABLED));
    return List.copyOf(all);
  }

}
