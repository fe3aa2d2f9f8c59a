package org.jbareos.config.sd;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.Password;

/**
 * A Director allowed to use this Storage Daemon, with its password.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code dir_items} (core/src/stored/stored_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(DirectorDirectives.NAME)}.
 */
public final class DirectorDirectives {

  private DirectorDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<Password> PASSWORD =
      Directive.of("Password", ScalarTypes.PASSWORD).required();

  public static final Directive<Boolean> MONITOR =
      Directive.of("Monitor", ScalarTypes.BOOL);

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<Password> KEY_ENCRYPTION_KEY =
      Directive.of("KeyEncryptionKey", ScalarTypes.PASSWORD);

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Director", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PASSWORD, MONITOR, MAXIMUM_BANDWIDTH_PER_JOB, KEY_ENCRYPTION_KEY));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
