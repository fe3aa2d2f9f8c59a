package org.jbareos.config.syntax;

import java.util.List;
import org.jbareos.config.SourcePosition;

/** One resource as written: {@code Client { ... }}, with its directives in file order. */
public record ResourceNode(String type, SourcePosition position, List<DirectiveNode> directives) {

  public ResourceNode {
    directives = List.copyOf(directives);
  }
}
