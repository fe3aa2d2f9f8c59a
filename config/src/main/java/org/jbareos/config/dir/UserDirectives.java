package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;

/**
 * A User (PAM console login) with ACLs.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code user_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(UserDirectives.NAME)}.
 */
public final class UserDirectives {

  private UserDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<List<String>> JOB_ACL =
      Directive.of("JobAcl", ListTypes.ACL);

  public static final Directive<List<String>> CLIENT_ACL =
      Directive.of("ClientAcl", ListTypes.ACL);

  public static final Directive<List<String>> STORAGE_ACL =
      Directive.of("StorageAcl", ListTypes.ACL);

  public static final Directive<List<String>> SCHEDULE_ACL =
      Directive.of("ScheduleAcl", ListTypes.ACL);

  public static final Directive<List<String>> POOL_ACL =
      Directive.of("PoolAcl", ListTypes.ACL);

  public static final Directive<List<String>> COMMAND_ACL =
      Directive.of("CommandAcl", ListTypes.ACL);

  public static final Directive<List<String>> FILE_SET_ACL =
      Directive.of("FileSetAcl", ListTypes.ACL);

  public static final Directive<List<String>> CATALOG_ACL =
      Directive.of("CatalogAcl", ListTypes.ACL);

  public static final Directive<List<String>> WHERE_ACL =
      Directive.of("WhereAcl", ListTypes.ACL);

  public static final Directive<List<String>> PLUGIN_OPTIONS_ACL =
      Directive.of("PluginOptionsAcl", ListTypes.ACL);

  public static final Directive<List<String>> PROFILE =
      Directive.of("Profile", ListTypes.references("Profile"));

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("User", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, JOB_ACL, CLIENT_ACL, STORAGE_ACL, SCHEDULE_ACL, POOL_ACL, COMMAND_ACL,
        FILE_SET_ACL, CATALOG_ACL, WHERE_ACL, PLUGIN_OPTIONS_ACL, PROFILE));
    return List.copyOf(all);
  }

}
