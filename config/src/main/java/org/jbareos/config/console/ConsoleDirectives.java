package org.jbareos.config.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.Password;

/**
 * bconsole's named Console resource: the name and password it logs in with.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code cons_items} (core/src/console/console_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(ConsoleDirectives.NAME)}.
 */
public final class ConsoleDirectives {

  private ConsoleDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> RC_FILE =
      Directive.of("RcFile", ScalarTypes.STRING);

  public static final Directive<String> HISTORY_FILE =
      Directive.of("HistoryFile", ScalarTypes.STRING);

  public static final Directive<Integer> HISTORY_LENGTH =
      Directive.of("HistoryLength", ScalarTypes.PINT32).withDefault("100");

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).required();

  public static final Directive<String> DIRECTOR =
      Directive.of("Director", ScalarTypes.STRING);

  public static final Directive<Duration> HEARTBEAT_INTERVAL =
      Directive.of("HeartbeatInterval", UnitTypes.TIME).withDefault("0");

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Console", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, RC_FILE, HISTORY_FILE, HISTORY_LENGTH, PASSWORD, DIRECTOR,
        HEARTBEAT_INTERVAL));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
