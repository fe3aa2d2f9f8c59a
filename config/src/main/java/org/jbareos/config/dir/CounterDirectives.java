package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;

/**
 * A Counter variable.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code counter_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(CounterDirectives.NAME)}.
 */
public final class CounterDirectives {

  private CounterDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<Integer> MINIMUM =
      Directive.of("Minimum", ScalarTypes.INT32).withDefault("0");

  public static final Directive<Integer> MAXIMUM =
      Directive.of("Maximum", ScalarTypes.PINT32).withDefault("2147483647");

  public static final Directive<String> WRAP_COUNTER =
      Directive.of("WrapCounter", ListTypes.reference("Counter"));

  public static final Directive<String> CATALOG =
      Directive.of("Catalog", ListTypes.reference("Catalog"));

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Counter", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, MINIMUM, MAXIMUM, WRAP_COUNTER, CATALOG));
    return List.copyOf(all);
  }

}
