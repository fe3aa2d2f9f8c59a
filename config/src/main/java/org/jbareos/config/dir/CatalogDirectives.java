package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.AddressTypes;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.value.Password;

/**
 * The catalog database connection.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code cat_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(CatalogDirectives.NAME)}.
 */
public final class CatalogDirectives {

  private CatalogDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> DB_ADDRESS =
      Directive.of("DbAddress", ScalarTypes.STRING).alias("Address");

  public static final Directive<Integer> DB_PORT =
      Directive.of("DbPort", AddressTypes.PORT).alias("Port");

  public static final Directive<Password> DB_PASSWORD =
      Directive.of("DbPassword", ScalarTypes.PASSWORD).alias("Password");

  public static final Directive<String> DB_USER =
      Directive.of("DbUser", ScalarTypes.STRING).alias("User").required();

  public static final Directive<String> DB_NAME =
      Directive.of("DbName", ScalarTypes.STRING).required();

  public static final Directive<String> DB_SOCKET =
      Directive.of("DbSocket", ScalarTypes.STRING).alias("Socket");

  public static final Directive<Boolean> MULTIPLE_CONNECTIONS =
      Directive.of("MultipleConnections", ScalarTypes.BOOL).deprecated();

  public static final Directive<Boolean> DISABLE_BATCH_INSERT =
      Directive.of("DisableBatchInsert", ScalarTypes.BOOL).withDefault("false").deprecated();

  public static final Directive<Boolean> RECONNECT =
      Directive.of("Reconnect", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> EXIT_ON_FATAL =
      Directive.of("ExitOnFatal", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Integer> MIN_CONNECTIONS =
      Directive.of("MinConnections", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Integer> MAX_CONNECTIONS =
      Directive.of("MaxConnections", ScalarTypes.PINT32).withDefault("5");

  public static final Directive<Integer> INC_CONNECTIONS =
      Directive.of("IncConnections", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Integer> IDLE_TIMEOUT =
      Directive.of("IdleTimeout", ScalarTypes.PINT32).withDefault("30");

  public static final Directive<Integer> VALIDATE_TIMEOUT =
      Directive.of("ValidateTimeout", ScalarTypes.PINT32).withDefault("120");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Catalog", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, DB_ADDRESS, DB_PORT, DB_PASSWORD, DB_USER, DB_NAME, DB_SOCKET,
        MULTIPLE_CONNECTIONS, DISABLE_BATCH_INSERT, RECONNECT, EXIT_ON_FATAL, MIN_CONNECTIONS,
        MAX_CONNECTIONS, INC_CONNECTIONS, IDLE_TIMEOUT, VALIDATE_TIMEOUT));
    return List.copyOf(all);
  }

}
