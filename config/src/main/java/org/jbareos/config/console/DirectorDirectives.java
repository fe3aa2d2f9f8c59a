package org.jbareos.config.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.AddressTypes;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.Password;

/**
 * A Director bconsole can connect to.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code dir_items} (core/src/console/console_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(DirectorDirectives.NAME)}.
 */
public final class DirectorDirectives {

  private DirectorDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).alias("DirPort").withDefault("9101");

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING).alias("DirAddress").required();

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD);

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Director", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PORT, ADDRESS, PASSWORD, HEARTBEAT_INTERVAL));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
