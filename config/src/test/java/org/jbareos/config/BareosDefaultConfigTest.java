package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jbareos.config.dir.DirectorDirectives;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.dir.JobDirectives;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.sd.StorageDaemonSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bareos's own default configuration ({@code core/src/defaultconfigs}) loads without errors. The
 * {@code .conf.in} templates get their {@code @placeholders@} filled the way the CMake install
 * does ({@code cmake/BareosSetVariableDefaults.cmake}: db_name bareos, basename and hostname
 * localhost, ...; the passwords, random at install time, get fixed test values).
 */
class BareosDefaultConfigTest {

  static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
      Map.entry("archivedir", "/var/lib/bareos/storage"), Map.entry("basename", "localhost"),
      Map.entry("bindir", "/usr/bin"), Map.entry("confdir", "/etc/bareos"),
      Map.entry("db_name", "bareos"), Map.entry("db_password", ""),
      Map.entry("db_user", "bareos"), Map.entry("dir_password", "dir-password"),
      Map.entry("fd_password", "fd-password"), Map.entry("hostname", "localhost"),
      Map.entry("job_email", "root@localhost"), Map.entry("logdir", "/var/log/bareos"),
      Map.entry("mon_dir_password", "mon-dir-password"),
      Map.entry("mon_fd_password", "mon-fd-password"),
      Map.entry("mon_sd_password", "mon-sd-password"),
      Map.entry("plugindir", "/usr/lib/bareos/plugins"), Map.entry("sbindir", "/usr/sbin"),
      Map.entry("scriptdir", "/usr/lib/bareos/scripts"), Map.entry("sd_password", "sd-password"),
      Map.entry("smtp_host", "localhost"), Map.entry("working_dir", "/var/lib/bareos"),
      Map.entry("workingdir", "/var/lib/bareos"));

  static Path bareosSource() {
    String configured = System.getProperty("jbareos.bareos.source",
        System.getenv().getOrDefault("JBAREOS_BAREOS_SOURCE", "/work/.mirror/bareos+bareos/repo"));
    return Path.of(configured);
  }

  @Test
  void everyDaemonLoadsTheDefaultConfiguration(@TempDir Path tmp)
      throws IOException, InterruptedException, ConfigException {
    Path repo = bareosSource();
    assumeTrue(Files.isDirectory(repo), "the Bareos source mirror is not at " + repo
        + " (set -Djbareos.bareos.source or JBAREOS_BAREOS_SOURCE)");
    Path tar = tmp.resolve("defaultconfigs.tar");
    Process git = new ProcessBuilder("git", "-C", repo.toString(), "archive", "-o", tar.toString(),
        "HEAD", "core/src/defaultconfigs").redirectErrorStream(true).start();
    String gitOutput = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assumeTrue(git.exitValue() == 0, "git archive failed: " + gitOutput);
    Process untar = new ProcessBuilder("tar", "-xf", tar.toString(), "-C", tmp.toString())
        .inheritIO().start();
    assertThat(untar.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path configs = tmp.resolve("core/src/defaultconfigs");
    fillPlaceholders(configs);

    LoadedConfig dir = ConfigLoader.load(DirectorSchema.SCHEMA, configs);
    Resource director = dir.one(DirectorDirectives.TYPE);
    assertThat(director.name()).isEqualTo("bareos-dir");
    assertThat(director.get(TlsDirectives.ENABLE)).isTrue();
    assertThat(director.get(TlsDirectives.REQUIRE)).isTrue();
    assertThat(director.get(DirectorDirectives.PORT)).isEqualTo(9101);
    assertThat(director.get(DirectorDirectives.HEARTBEAT_INTERVAL)).isZero();
    Resource catalogJob = dir.find(JobDirectives.JOB_TYPE, "BackupCatalog").orElseThrow();
    assertThat(catalogJob.get(JobDirectives.CLIENT)).as("from JobDefs DefaultJob")
        .isEqualTo("bareos-fd");
    assertThat(catalogJob.get(JobDirectives.FILE_SET)).isEqualTo("Catalog");
    assertThat(catalogJob.get(JobDirectives.RUN_BEFORE_JOB)).hasSize(1);

    LoadedConfig sd = ConfigLoader.load(StorageDaemonSchema.SCHEMA, configs);
    assertThat(sd.one(org.jbareos.config.sd.StorageDirectives.TYPE)
        .get(org.jbareos.config.sd.StorageDirectives.PORT)).isEqualTo(9103);
    LoadedConfig fd = ConfigLoader.load(FileDaemonSchema.SCHEMA, configs);
    assertThat(fd.one(org.jbareos.config.fd.ClientDirectives.TYPE).name())
        .isEqualTo("localhost-fd");
    assertThat(fd.one(org.jbareos.config.fd.ClientDirectives.TYPE)
        .get(org.jbareos.config.fd.ClientDirectives.PORT)).isEqualTo(9102);
    assertThat(fd.all(org.jbareos.config.fd.DirectorDirectives.TYPE)).hasSize(2);
  }

  /** Turns every {@code x.conf.in} into {@code x.conf} with the placeholders filled. */
  private static void fillPlaceholders(Path root) throws IOException {
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(root)) {
      templates = walk.filter(p -> p.toString().endsWith(".conf.in")).toList();
    }
    for (Path template : templates) {
      String text = Files.readString(template, StandardCharsets.UTF_8);
      for (var e : PLACEHOLDERS.entrySet()) {
        text = text.replace("@" + e.getKey() + "@", e.getValue());
      }
      assertThat(text).as(template + " has no unknown placeholder").doesNotContainPattern("@[a-z_]+@");
      String name = template.getFileName().toString();
      Files.writeString(template.resolveSibling(name.substring(0, name.length() - 3)), text);
      Files.delete(template);
    }
  }
}
