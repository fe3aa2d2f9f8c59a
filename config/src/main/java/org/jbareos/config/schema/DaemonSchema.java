package org.jbareos.config.schema;

import java.util.List;
import java.util.Optional;
import org.jbareos.config.ConfigErrors;

/**
 * The configuration schema of one daemon: its resource types and where its configuration lives
 * ({@code InitDirConfig}, {@code InitSdConfig}, ... pass the default file name and the include
 * directory to Bareos's {@code ConfigurationParser}).
 *
 * @param daemon a name for messages ("bareos-dir")
 * @param defaultFile the single-file name, "bareos-dir.conf"
 * @param includeDirectory the directory layout's name, "bareos-dir.d"
 * @param ownType the type that must be defined ("Director" for the Director)
 * @param ownTypeUnique whether it must be defined exactly once (a console may know several
 *     Directors)
 * @param types every resource type
 * @param templateTypes types whose required directives are not checked (JobDefs: "a jobdef don't
 *     have to be fully defined", {@code dird_conf.cc:ValidateResource})
 * @param completion daemon-specific steps after binding: JobDefs inheritance, Job checks
 */
public record DaemonSchema(
    String daemon,
    String defaultFile,
    String includeDirectory,
    String ownType,
    boolean ownTypeUnique,
    List<ResourceType> types,
    List<String> templateTypes,
    Completion completion) {

  /** A daemon-specific step that sees all resources once they are bound. */
  @FunctionalInterface
  public interface Completion {
    List<Resource> complete(List<Resource> resources, ConfigErrors errors);
  }

  public DaemonSchema {
    types = List.copyOf(types);
    templateTypes = List.copyOf(templateTypes);
  }

  public Optional<ResourceType> type(String written) {
    return types.stream().filter(t -> t.matches(written)).findFirst();
  }

  public List<String> typeNames() {
    return types.stream().map(ResourceType::name).toList();
  }
}
