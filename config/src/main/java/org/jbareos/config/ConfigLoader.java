package org.jbareos.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.ResourceBinder;
import org.jbareos.config.schema.ResourceChecks;
import org.jbareos.config.syntax.ConfigParser;
import org.jbareos.config.syntax.ResourceNode;
import org.jbareos.config.syntax.TokenSource;

/**
 * Loads a daemon's configuration: locate, tokenise with includes, parse, bind to the schema, apply
 * the daemon's completion (JobDefs), then check duplicates, required directives and references.
 * All errors of all steps are collected and thrown together as one {@link ConfigException}.
 *
 * <pre>{@code
 * LoadedConfig dir = ConfigLoader.load(DirectorSchema.SCHEMA, Path.of("/etc/bareos"));
 * }</pre>
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /**
   * Loads from {@code -c} (a file or directory; null means {@code /etc/bareos}). Each file of the
   * directory layout is parsed on its own, so a brace left open in one file is reported there and
   * does not swallow the resources of the next file.
   */
  public static LoadedConfig load(DaemonSchema schema, Path config) throws ConfigException {
    ConfigLocation location = ConfigLocation.find(schema, config);
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = new ArrayList<>();
    for (Path file : location.files()) {
      nodes.addAll(new ConfigParser(TokenSource.ofFile(file, errors), errors).parse());
    }
    return finish(schema, location.path(), nodes, errors);
  }

  /**
   * Loads a configuration given as text, named {@code file} in messages. {@code @|command}
   * includes are not run for text (it may come from anywhere); file includes are.
   */
  public static LoadedConfig parse(DaemonSchema schema, Path file, String text)
      throws ConfigException {
    ConfigErrors errors = new ConfigErrors();
    TokenSource tokens = TokenSource.ofText(file, text, errors).withoutCommands();
    return finish(schema, file, new ConfigParser(tokens, errors).parse(), errors);
  }

  private static LoadedConfig finish(DaemonSchema schema, Path location, List<ResourceNode> nodes,
      ConfigErrors errors) throws ConfigException {
    List<Resource> resources = new ResourceBinder(schema, errors).bind(nodes);
    ResourceChecks checks = new ResourceChecks(schema, errors);
    resources = checks.withoutDuplicates(resources);
    resources = schema.completion().complete(resources, errors);
    checks.requiredDirectives(resources);
    checks.references(resources);
    checks.ownResource(resources, new SourcePosition(location, 0, 0));
    errors.throwIfAny();
    return new LoadedConfig(schema, location, resources, errors.warnings());
  }
}
