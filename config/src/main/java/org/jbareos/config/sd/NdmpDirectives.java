package org.jbareos.config.sd;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Keywords;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.value.Password;

/**
 * An NDMP client allowed to use this Storage Daemon.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code ndmp_items} (core/src/stored/stored_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(NdmpDirectives.NAME)}.
 */
public final class NdmpDirectives {

  private NdmpDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> USERNAME =
      Directive.of("Username", ScalarTypes.STRING).required();

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).required();

  public static final Directive<String> AUTH_TYPE =
      Directive.of("AuthType", Keywords.AUTH_TYPE).withDefault("None");

  public static final Directive<Integer> LOG_LEVEL =
      Directive.of("LogLevel", ScalarTypes.PINT32).withDefault("4");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Ndmp", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, USERNAME, PASSWORD, AUTH_TYPE, LOG_LEVEL));
    return List.copyOf(all);
  }

}
