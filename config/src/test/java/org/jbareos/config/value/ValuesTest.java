package org.jbareos.config.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.LoadedConfig;
import org.jbareos.config.dir.DirectorDirectives;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.dir.FileSetDirectives;
import org.jbareos.config.dir.JobDirectives;
import org.jbareos.config.schema.MessagesDirectives;
import org.jbareos.config.schema.Resource;
import org.junit.jupiter.api.Test;

/** Typed values read through the Director schema: defaults, lists, blocks, JobDefs. */
class ValuesTest {

  static LoadedConfig load(String text) throws ConfigException {
    return ConfigLoader.parse(DirectorSchema.SCHEMA, Path.of("t.conf"), """
        Director { Name = dir; Password = "[md5]00112233445566778899aabbccddeeff"; Messages = M }
        Messages {
          Name = M
          director = dir = all, !skipped
          append = "/var/log/bareos/bareos.log" = all, !skipped, !audit
          Console = all
        }
        Catalog { Name = C; DB Name = b; DB User = u }
        Client { Name = fd; Address = fd.example; Password = p }
        Storage { Name = File; Address = sd; Password = p; Device = D1, D2; Media Type = File }
        Pool { Name = Full; Storage = File }
        """ + text);
  }

  @Test
  void defaultsComeFromTheSchema() throws ConfigException {
    Resource director = load("").one(DirectorDirectives.TYPE);
    assertThat(director.get(DirectorDirectives.PORT)).isEqualTo(9101);
    assertThat(director.get(DirectorDirectives.MAXIMUM_CONCURRENT_JOBS)).isEqualTo(1);
    assertThat(director.get(DirectorDirectives.FD_CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(180));
    assertThat(director.get(DirectorDirectives.WORKING_DIRECTORY)).isEqualTo("/var/lib/bareos");
    assertThat(director.isSet(DirectorDirectives.PORT)).isFalse();
    assertThat(director.get(DirectorDirectives.PASSWORD).md5Hex())
        .isEqualTo("00112233445566778899aabbccddeeff");
  }

  @Test
  void askingForAnotherTypesDirectiveIsAProgrammingError() throws ConfigException {
    Resource director = load("").one(DirectorDirectives.TYPE);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> director.get(org.jbareos.config.dir.PoolDirectives.LABEL_FORMAT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LabelFormat is not a directive of Director");
  }

  @Test
  void booleansAndCaseInsensitiveSpaceInsensitiveNames() throws ConfigException {
    LoadedConfig config = load("""
        client { name = a; address = h; password = p; TLS ENABLE = NO; tlsrequire = False
                 CONNECTIONFROMCLIENTTODIRECTOR = Yes; Connection From Director To Client = off
                 Passive = TRUE; Strict Quotas = on }
        """);
    Resource c = config.find(org.jbareos.config.dir.ClientDirectives.TYPE, "a").orElseThrow();
    assertThat(c.get(org.jbareos.config.schema.TlsDirectives.ENABLE)).isFalse();
    assertThat(c.get(org.jbareos.config.schema.TlsDirectives.REQUIRE)).isFalse();
    assertThat(c.get(org.jbareos.config.dir.ClientDirectives.CONNECTION_FROM_CLIENT_TO_DIRECTOR))
        .isTrue();
    assertThat(c.get(org.jbareos.config.dir.ClientDirectives.CONNECTION_FROM_DIRECTOR_TO_CLIENT))
        .isFalse();
    assertThat(c.get(org.jbareos.config.dir.ClientDirectives.PASSIVE)).isTrue();
    assertThat(c.get(org.jbareos.config.dir.ClientDirectives.STRICT_QUOTAS)).isTrue();
  }

  @Test
  void messageDestinations() throws ConfigException {
    Resource m = load("").find(MessagesDirectives.TYPE, "M").orElseThrow();
    MessageDestination director = m.get(MessagesDirectives.DIRECTOR).getFirst();
    assertThat(director).isEqualTo(new MessageDestination("Director", "dir", List.of("all", "!skipped")));
    assertThat(director.accepts("error")).isTrue();
    assertThat(director.accepts("skipped")).isFalse();
    assertThat(m.get(MessagesDirectives.APPEND).getFirst().where()).isEqualTo("/var/log/bareos/bareos.log");
    assertThat(m.get(MessagesDirectives.CONSOLE).getFirst().where()).isNull();
  }

  @Test
  void fileSetFilesOptionsAndCommands() throws ConfigException {
    Resource fs = load("""
        FileSet {
          Name = "Set"
          Include {
            Options {
              Signature = XXH128
              FS Type = ext4
              FS Type = xfs
              Wild File = "*.tmp"
            }
            File = /
            File = "|/usr/local/bin/list-files"
            File = "\\\\|/usr/local/bin/client-list"
            File = "</etc/list"
            Plugin = "python:module_name=bareos-fd-local-fileset"
          }
          Exclude { File = /proc, /sys }
        }
        """).find(FileSetDirectives.TYPE, "Set").orElseThrow();
    IncludeExcludeItem include = fs.get(FileSetDirectives.INCLUDE).getFirst();
    assertThat(include.files()).containsExactly(
        new FileEntry("/", FileEntry.Kind.PATH),
        new FileEntry("/usr/local/bin/list-files", FileEntry.Kind.DIRECTOR_COMMAND),
        new FileEntry("/usr/local/bin/client-list", FileEntry.Kind.CLIENT_COMMAND),
        new FileEntry("/etc/list", FileEntry.Kind.DIRECTOR_FILE_LIST));
    assertThat(include.files()).extracting(FileEntry::written).containsExactly("/",
        "|/usr/local/bin/list-files", "\\|/usr/local/bin/client-list", "</etc/list");
    assertThat(include.options().getFirst().get("fstype")).containsExactly("ext4", "xfs");
    assertThat(include.options().getFirst().value("WildFile")).contains("*.tmp");
    assertThat(include.plugins()).containsExactly("python:module_name=bareos-fd-local-fileset");
    IncludeExcludeItem exclude = fs.get(FileSetDirectives.EXCLUDE).getFirst();
    assertThat(exclude.exclude()).isTrue();
    assertThat(exclude.files()).extracting(FileEntry::value).containsExactly("/proc", "/sys");
  }

  @Test
  void jobTakesWhatItDoesNotSetFromItsJobDefsAndAddsTheirScripts() throws ConfigException {
    LoadedConfig config = load("""
        FileSet { Name = S; Include { File = / } }
        JobDefs {
          Name = Base
          Type = Backup
          Level = Incremental
          Client = fd
          FileSet = S
          Pool = Full
          Messages = M
          Priority = 5
          Run Before Job = "/bin/true before"
        }
        JobDefs { Name = Mid; JobDefs = Base; Priority = 7 }
        Job {
          Name = j
          JobDefs = Mid
          Level = Full
          Run Script {
            Command = "/bin/echo done"
            Runs When = After
            Runs On Client = no
          }
        }
        """);
    Resource job = config.find(JobDirectives.JOB_TYPE, "j").orElseThrow();
    assertThat(job.get(JobDirectives.LEVEL)).isEqualTo("Full");
    assertThat(job.get(JobDirectives.TYPE)).isEqualTo("Backup");
    assertThat(job.get(JobDirectives.PRIORITY)).isEqualTo(7);
    assertThat(job.get(JobDirectives.CLIENT)).isEqualTo("fd");
    assertThat(job.settings().get(JobDirectives.CLIENT).inheritedFrom()).isEqualTo("Mid");
    assertThat(job.get(JobDirectives.RUN_BEFORE_JOB)).singleElement()
        .satisfies(s -> assertThat(s.when()).isEqualTo("Before"));
    RunScript after = job.get(JobDirectives.RUN_SCRIPT).getFirst();
    assertThat(after).extracting(RunScript::command, RunScript::when, RunScript::runsOnClient)
        .containsExactly("/bin/echo done", "After", false);
  }

  @Test
  void scheduleRunLines() throws ConfigException {
    Resource schedule = load("""
        Schedule {
          Name = Weekly
          Run = Full 1st sat at 21:00
          Run = Level=Differential Pool=Full 2nd-5th sat at 9:30pm
          Run = Incremental mon-fri, w01/w02 at 21:00
        }
        """).find(org.jbareos.config.dir.ScheduleDirectives.TYPE, "Weekly").orElseThrow();
    List<ScheduleRun> runs = schedule.get(org.jbareos.config.dir.ScheduleDirectives.RUN);
    assertThat(runs).extracting(ScheduleRun::level)
        .containsExactly("Full", "Differential", "Incremental");
    assertThat(runs.get(0).when()).containsExactly("1st", "sat", "at", "21:00");
    assertThat(runs.get(1).overrides()).containsEntry("Pool", "Full");
    assertThat(runs.get(2).when()).containsExactly("mon-fri", "w01/w02", "at", "21:00");
  }

  @Test
  void listsAccumulateOverRepeatedDirectives() throws ConfigException {
    Resource job = load("""
        FileSet { Name = S; Include { File = / } }
        Storage { Name = Two; Address = sd; Password = p; Device = D; Media Type = File }
        Job {
          Name = j; Type = Backup; Client = fd; FileSet = S; Pool = Full; Messages = M
          Storage = File
          Storage = Two
        }
        """).find(JobDirectives.JOB_TYPE, "j").orElseThrow();
    assertThat(job.get(JobDirectives.STORAGE)).containsExactly("File", "Two");
  }
}
