package org.jbareos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbareos.config.schema.DaemonSchema;

/**
 * Where a daemon's configuration is, found as Bareos finds it
 * ({@code lib/parse_conf.cc:FindConfigPath}): {@code -c} names a file, which is read, or a
 * directory; in a directory (and without {@code -c}, in {@code /etc/bareos}) the single file
 * ({@code bareos-dir.conf}) wins, else every {@code bareos-dir.d/*}{@code /*.conf} is read, in
 * sorted order (Bareos includes them with the glob {@code bareos-dir.d/*}{@code /*.conf}).
 *
 * @param path what was found: the file, or the include directory
 * @param files the files to read, in order
 */
public record ConfigLocation(Path path, List<Path> files) {

  /** Bareos's default configuration directory ({@code CONFDIR}). */
  public static final Path DEFAULT_DIRECTORY = Path.of("/etc/bareos");

  public ConfigLocation {
    files = List.copyOf(files);
  }

  /** Finds the configuration for {@code -c given}; {@code given} null means the default. */
  public static ConfigLocation find(DaemonSchema schema, Path given) throws ConfigException {
    Path where = given == null ? DEFAULT_DIRECTORY : given;
    SourcePosition at = new SourcePosition(where, 0, 0);
    if (!Files.exists(where)) {
      throw new ConfigException(new ConfigError(at, "cannot read config file or directory: "
          + "expected " + where + " to exist"));
    }
    if (!Files.isDirectory(where)) {
      return new ConfigLocation(where, List.of(where));
    }
    Path single = where.resolve(schema.defaultFile());
    if (Files.isRegularFile(single)) {
      return new ConfigLocation(single, List.of(single));
    }
    Path include = where.resolve(schema.includeDirectory());
    if (Files.isDirectory(include)) {
      return new ConfigLocation(include, confFiles(include, at));
    }
    throw new ConfigException(new ConfigError(at, "no configuration found under " + where
        + ": expected " + single + " or the directory " + include));
  }

  /** {@code glob(3)}'s {@code *} does not match a leading dot: editors' and packagers' files. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> confFiles(Path include, SourcePosition at) throws ConfigException {
    try (Stream<Path> walk = Files.walk(include, 2)) {
      return walk.filter(p -> p.getNameCount() == include.getNameCount() + 2)
          .filter(p -> p.getFileName().toString().endsWith(".conf"))
          .filter(p -> !hidden(include.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConfigException(new ConfigError(at, "cannot list " + include + ": "
          + e.getMessage()));
    }
  }
}
