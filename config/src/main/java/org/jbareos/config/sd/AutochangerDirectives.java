package org.jbareos.config.sd;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;

/**
 * An Autochanger grouping Devices.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code autochanger_items} (core/src/stored/stored_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(AutochangerDirectives.NAME)}.
 */
public final class AutochangerDirectives {

  private AutochangerDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<List<String>> DEVICE =
      Directive.of("Device", ListTypes.references("Device")).required();

  public static final Directive<String> CHANGER_DEVICE =
      Directive.of("ChangerDevice", ScalarTypes.STRING).required();

  public static final Directive<String> CHANGER_COMMAND =
      Directive.of("ChangerCommand", ScalarTypes.STRING).required();

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Autochanger", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, DEVICE, CHANGER_DEVICE, CHANGER_COMMAND));
    return List.copyOf(all);
  }

}
