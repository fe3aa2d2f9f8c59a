package org.jbareos.config.fd;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.AddressTypes;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.Password;

/**
 * A Director allowed to use this File Daemon; with Connection From Client To Director the File Daemon dials it.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code dir_items} (core/src/filed/filed_conf.cc).
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

  public static final Directive<String> ADDRESS =
      Directive.of("Address", ScalarTypes.STRING);

  public static final Directive<Integer> PORT =
      Directive.of("Port", AddressTypes.PORT).withDefault("9101");

  public static final Directive<Boolean> CONNECTION_FROM_DIRECTOR_TO_CLIENT =
      Directive.of("ConnectionFromDirectorToClient", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> CONNECTION_FROM_CLIENT_TO_DIRECTOR =
      Directive.of("ConnectionFromClientToDirector", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> MONITOR =
      Directive.of("Monitor", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Long> MAXIMUM_BANDWIDTH_PER_JOB =
      Directive.of("MaximumBandwidthPerJob", UnitTypes.SPEED);

  public static final Directive<List<String>> ALLOWED_SCRIPT_DIR =
      Directive.of("AllowedScriptDir", ListTypes.STRINGS);

  public static final Directive<List<String>> ALLOWED_JOB_COMMAND =
      Directive.of("AllowedJobCommand", ListTypes.STRINGS);

  /** Every directive, in Bareos's order, the TLS directives last. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Director", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, PASSWORD, ADDRESS, PORT, CONNECTION_FROM_DIRECTOR_TO_CLIENT,
        CONNECTION_FROM_CLIENT_TO_DIRECTOR, MONITOR, MAXIMUM_BANDWIDTH_PER_JOB, ALLOWED_SCRIPT_DIR,
        ALLOWED_JOB_COMMAND));
    all.addAll(TlsDirectives.ALL);
    return List.copyOf(all);
  }

}
