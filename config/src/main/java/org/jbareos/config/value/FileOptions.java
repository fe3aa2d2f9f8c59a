package org.jbareos.config.value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.config.SourcePosition;
import org.jbareos.config.syntax.DirectiveNode;

/**
 * One {@code Options { ... }} block of a FileSet Include: each option name (canonical spelling,
 * "Signature", "WildFile", "FsType") with its values in order. Options can repeat
 * ({@code FS Type = ext4} several times), so every name maps to a list.
 */
public record FileOptions(Map<String, List<String>> values, SourcePosition position) {

  public FileOptions {
    values = Map.copyOf(values);
  }

  /** The values of one option (case and spaces in the name ignored), empty if not set. */
  public List<String> get(String option) {
    String key = DirectiveNode.key(option);
    return values.entrySet().stream()
        .filter(e -> DirectiveNode.key(e.getKey()).equals(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(List.of());
  }

  /** The last value of an option, as a single-valued option is used. */
  public Optional<String> value(String option) {
    List<String> v = get(option);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.getLast());
  }
}
