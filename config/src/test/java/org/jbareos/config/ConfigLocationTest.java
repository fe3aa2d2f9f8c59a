package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbareos.config.dir.DirectorSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -c} resolution as in {@code lib/parse_conf.cc:FindConfigPath}. */
class ConfigLocationTest {

  @Test
  void theSingleFileWinsOverTheIncludeDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bareos-dir.conf"), "");
    Files.createDirectories(dir.resolve("bareos-dir.d/client"));
    ConfigLocation location = ConfigLocation.find(DirectorSchema.SCHEMA, dir);
    assertThat(location.files()).containsExactly(dir.resolve("bareos-dir.conf"));
  }

  @Test
  void theIncludeDirectoryGivesEveryConfFileOneLevelDownSorted(@TempDir Path dir)
      throws Exception {
    for (String f : new String[] {"pool/b.conf", "client/z.conf", "client/a.conf",
        "client/notes.txt", "stray.conf", "job/deep/x.conf", "client/.swap.conf",
        ".git/x.conf"}) {
      Path p = dir.resolve("bareos-dir.d").resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    ConfigLocation location = ConfigLocation.find(DirectorSchema.SCHEMA, dir);
    Path d = dir.resolve("bareos-dir.d");
    assertThat(location.path()).isEqualTo(d);
    assertThat(location.files()).containsExactly(d.resolve("client/a.conf"),
        d.resolve("client/z.conf"), d.resolve("pool/b.conf"));
  }

  @Test
  void aFileIsReadAsItIs(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("my-dir.conf"), "");
    assertThat(ConfigLocation.find(DirectorSchema.SCHEMA, file).files()).containsExactly(file);
  }

  @Test
  void nothingThereIsAnError(@TempDir Path dir) throws IOException {
    ConfigException missing = catchThrowableOfType(ConfigException.class,
        () -> ConfigLocation.find(DirectorSchema.SCHEMA, dir.resolve("nope")));
    assertThat(missing.errors().getFirst().format()).isEqualTo(dir.resolve("nope")
        + ":0:0: cannot read config file or directory: expected " + dir.resolve("nope")
        + " to exist");
    ConfigException empty = catchThrowableOfType(ConfigException.class,
        () -> ConfigLocation.find(DirectorSchema.SCHEMA, dir));
    assertThat(empty.errors().getFirst().message()).isEqualTo("no configuration found under "
        + dir + ": expected " + dir.resolve("bareos-dir.conf") + " or the directory "
        + dir.resolve("bareos-dir.d"));
  }
}
