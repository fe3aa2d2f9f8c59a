package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.FileSetTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.value.IncludeExcludeItem;

/**
 * A FileSet: Include and Exclude blocks.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code fs_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(FileSetDirectives.NAME)}.
 */
public final class FileSetDirectives {

  private FileSetDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<List<IncludeExcludeItem>> INCLUDE =
      Directive.of("Include", FileSetTypes.INCLUDE);

  public static final Directive<List<IncludeExcludeItem>> EXCLUDE =
      Directive.of("Exclude", FileSetTypes.EXCLUDE);

  public static final Directive<Boolean> IGNORE_FILE_SET_CHANGES =
      Directive.of("IgnoreFileSetChanges", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> ENABLE_VSS =
      Directive.of("EnableVSS", ScalarTypes.BOOL).withDefault("true");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("FileSet", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, INCLUDE, EXCLUDE, IGNORE_FILE_SET_CHANGES, ENABLE_VSS));
    return List.copyOf(all);
  }

}
