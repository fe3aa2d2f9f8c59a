package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbareos.config.ConfigError;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.value.FileEntry;
import org.jbareos.config.value.FileOptions;
import org.jbareos.config.value.IncludeExcludeItem;

/**
 * FileSet {@code Include { ... }} and {@code Exclude { ... }} blocks ({@code dird/inc_conf.cc}):
 * {@code File}, {@code Plugin}, {@code Exclude Dir Containing} and {@code Options { ... }} with the
 * option names of {@code options_items}.
 */
public final class FileSetTypes {

  private FileSetTypes() {}

  /** {@code newinc_items}. */
  static final List<String> INCLUDE_ITEMS = List.of("File", "Plugin", "ExcludeDirContaining", "Options");

  /** {@code options_items}, in Bareos's spelling. */
  static final List<String> OPTIONS = List.of(
      "Compression", "Signature", "Accurate", "Verify", "OneFs", "Recurse", "Sparse", "HardLinks",
      "ReadFifo", "Replace", "Portable", "MtimeOnly", "KeepAtime", "Regex", "RegexDir",
      "RegexFile", "Wild", "WildDir", "WildFile", "Exclude", "AclSupport", "Plugin",
      "IgnoreCase", "FsType", "HfsPlusSupport", "NoAtime", "EnhancedWild", "DriveType",
      "CheckFileChanges", "StripPath", "HonorNoDumpFlag", "XAttrSupport", "Size", "Shadowing",
      "AutoExclude", "ForceEncryption", "Meta", "BaseJob", "Encryption");

  public static final ValueType<List<IncludeExcludeItem>> INCLUDE = block(false);
  public static final ValueType<List<IncludeExcludeItem>> EXCLUDE = block(true);

  private static ValueType<List<IncludeExcludeItem>> block(boolean exclude) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return "a block { File = ...; Options { ... } }";
      }

      @Override
      public List<IncludeExcludeItem> parse(DirectiveNode node) throws ValueException {
        DirectiveValue.Block block = Values.block(node, expected());
        List<FileEntry> files = new ArrayList<>();
        List<FileOptions> options = new ArrayList<>();
        List<String> plugins = new ArrayList<>();
        List<String> excludeDirContaining = new ArrayList<>();
        List<ConfigError> problems = new ArrayList<>();
        for (DirectiveNode d : block.directives()) {
          try {
            item(node, d, files, options, plugins, excludeDirContaining);
          } catch (ValueException e) {
            problems.addAll(e.errors());
          }
        }
        if (!problems.isEmpty()) {
          throw new ValueException(problems);
        }
        return List.of(new IncludeExcludeItem(exclude, files, options, plugins,
            excludeDirContaining, node.position()));
      }

      private void item(DirectiveNode node, DirectiveNode d, List<FileEntry> files,
          List<FileOptions> options, List<String> plugins, List<String> excludeDirContaining)
          throws ValueException {
        switch (d.key()) {
          case "file" -> {
            for (String f : ListTypes.STRINGS.parse(d)) {
              files.add(FileEntry.parse(f));
            }
          }
          case "plugin" -> plugins.add(ScalarTypes.STRING.parse(d));
          case "excludedircontaining" -> excludeDirContaining.addAll(ListTypes.STRINGS.parse(d));
          case "options" -> options.add(options(d));
          default -> throw new ValueException(d.position(), "unknown directive '" + d.name()
              + "' in " + node.name() + NameSuggestion.hint(d.name(), INCLUDE_ITEMS));
        }
      }

      @Override
      public List<IncludeExcludeItem> parseDefault(String text) {
        throw new UnsupportedOperationException("Include and Exclude have no default");
      }

      @Override
      public List<IncludeExcludeItem> combine(List<IncludeExcludeItem> earlier,
          List<IncludeExcludeItem> later) {
        return Values.concat(earlier, later);
      }
    };
  }

  private static FileOptions options(DirectiveNode node) throws ValueException {
    DirectiveValue.Block block = Values.block(node, "option directives");
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<ConfigError> problems = new ArrayList<>();
    for (DirectiveNode d : block.directives()) {
      try {
        option(d, values);
      } catch (ValueException e) {
        problems.addAll(e.errors());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValueException(problems);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    values.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new FileOptions(frozen, node.position());
  }

  private static void option(DirectiveNode d, Map<String, List<String>> values)
      throws ValueException {
    String canonical = OPTIONS.stream()
        .filter(o -> DirectiveNode.key(o).equals(d.key()))
        .findFirst()
        .orElseThrow(() -> new ValueException(d.position(), "unknown option '" + d.name()
            + "' in Options" + NameSuggestion.hint(d.name(), OPTIONS)));
    String value = Values.single(d, "an option value").text();
    var keywords = FileOptionKeywords.valuesOf(canonical);
    if (keywords.isPresent()
        && keywords.get().stream().noneMatch(k -> k.equalsIgnoreCase(value))) {
      throw new ValueException(d.value().position(), "'" + d.name() + "' expects one of "
          + String.join(", ", keywords.get()) + ", found '" + value + "'"
          + NameSuggestion.hint(value, keywords.get()));
    }
    values.computeIfAbsent(canonical, k -> new ArrayList<>()).add(value);
  }
}
