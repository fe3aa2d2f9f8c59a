package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.sd.StorageDaemonSchema;
import org.junit.jupiter.api.Test;

/** Each kind of configuration error, with its exact position and wording. */
class ConfigErrorsTest {

  static final Path FILE = Path.of("bareos-dir.conf");

  /** A minimal valid Director configuration the tests add to. */
  static final String BASE = """
      Director {
        Name = dir
        Password = secret
        Messages = Standard
      }
      Messages {
        Name = Standard
        console = all
      }
      Catalog {
        Name = MyCatalog
        DB Name = bareos
        DB User = bareos
      }
      """;

  static List<String> errors(DaemonSchema schema, String text) {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.parse(schema, FILE, text));
    assertThat(e).as("expected errors").isNotNull();
    return e.errors().stream().map(ConfigError::format).toList();
  }

  static List<String> dirErrors(String extra) {
    return errors(DirectorSchema.SCHEMA, BASE + extra);
  }

  @Test
  void theBaseIsValid() throws ConfigException {
    assertThat(ConfigLoader.parse(DirectorSchema.SCHEMA, FILE, BASE).resources()).hasSize(3);
  }

  @Test
  void unknownDirectiveNamesTheNearestKnownOne() {
    assertThat(dirErrors("Client {\n  Name = fd\n  Adress = 1.2.3.4\n  Address = h\n"
        + "  Password = p\n}\n")).containsExactly(
        "bareos-dir.conf:17:3: unknown directive 'Adress' in Client; did you mean 'Address'?");
  }

  @Test
  void unknownDirectiveFarFromAnyKnownOneHasNoSuggestion() {
    assertThat(dirErrors("Pool {\n  Name = p\n  Colour = blue\n}\n")).containsExactly(
        "bareos-dir.conf:17:3: unknown directive 'Colour' in Pool");
  }

  @Test
  void unknownResourceType() {
    assertThat(dirErrors("Cleint {\n  Name = x\n}\n")).containsExactly(
        "bareos-dir.conf:15:1: unknown resource type 'Cleint' in the bareos-dir configuration;"
            + " did you mean 'Client'?");
  }

  @Test
  void missingRequiredDirectives() {
    assertThat(dirErrors("Client {\n  Name = fd\n}\n")).containsExactly(
        "bareos-dir.conf:15:1: missing required directive 'Address' in Client 'fd'",
        "bareos-dir.conf:15:1: missing required directive 'Password' in Client 'fd'");
    assertThat(dirErrors("Pool {\n  Pool Type = Backup\n}\n")).containsExactly(
        "bareos-dir.conf:15:1: missing required directive 'Name' in Pool");
  }

  @Test
  void duplicateResourceName() {
    assertThat(dirErrors("Pool {\n  Name = Full\n}\nPool {\n  Name = Full\n}\n")).containsExactly(
        "bareos-dir.conf:18:1: duplicate Pool resource 'Full': already defined at"
            + " bareos-dir.conf:15:1");
  }

  @Test
  void referencesToMissingResources() {
    assertThat(dirErrors("""
        Pool {
          Name = Full
          Next Pool = Copyy
          Storage = File
        }
        Console {
          Name = admin
          Password = p
          Profile = operator
        }
        """)).containsExactly(
        "bareos-dir.conf:17:3: 'NextPool' in Pool 'Full' names Pool 'Copyy', which does not exist",
        "bareos-dir.conf:18:3: 'Storage' in Pool 'Full' names Storage 'File', which does not exist",
        "bareos-dir.conf:23:3: 'Profile' in Console 'admin' names Profile 'operator', which does"
            + " not exist");
  }

  @Test
  void referenceSuggestsTheNearestExistingName() {
    assertThat(dirErrors("Pool {\n  Name = Full\n}\nPool {\n  Name = Incr\n  Next Pool = Fulll\n}\n"))
        .containsExactly("bareos-dir.conf:20:3: 'NextPool' in Pool 'Incr' names Pool 'Fulll',"
            + " which does not exist; did you mean 'Full'?");
  }

  @Test
  void badValuesSayWhatWasExpected() {
    assertThat(dirErrors("""
        Client {
          Name = fd
          Address = h
          Password = p
          Port = 99999
          TLS Enable = maybe
          Heartbeat Interval = 5 fortnights
          Hard Quota = 10 GiB
        }
        """)).containsExactly(
        "bareos-dir.conf:19:10: 'Port' expects a port number (0 to 65535), found '99999'",
        "bareos-dir.conf:20:16: 'TLS Enable' expects yes or no (or true/false), found 'maybe'",
        "bareos-dir.conf:21:24: 'Heartbeat Interval' expects a time like 60, 30 days or 1 hour 20"
            + " min, found '5 fortnights'",
        "bareos-dir.conf:22:16: 'Hard Quota' expects a size like 512k or 10 GB, found '10 GiB'");
  }

  @Test
  void keywordValuesSuggestTheNearestKeyword() {
    assertThat(dirErrors("Pool {\n  Name = p\n  Pool Type = Bakup\n}\n")).containsExactly(
        "bareos-dir.conf:17:15: 'Pool Type' expects a pool type (one of Backup, Copy, Cloned,"
            + " Archive, Migration, Scratch), found 'Bakup'; did you mean 'Backup'?");
  }

  /** Bareos reads one token and skips the rest of the line (lex.cc:ScanToEol); so do we, warning. */
  @Test
  void unquotedValuesWithSpacesKeepTheFirstWordWithAWarning() throws ConfigException {
    LoadedConfig config = ConfigLoader.parse(DirectorSchema.SCHEMA, FILE,
        BASE + "Pool {\n  Name = my pool\n  Description = Full backups\n}\n");
    assertThat(config.find(org.jbareos.config.dir.PoolDirectives.TYPE, "my")).isPresent();
    assertThat(config.warnings()).extracting(ConfigError::format).containsExactly(
        "bareos-dir.conf:16:13: 'Name' in Pool takes one value: Bareos uses 'my' and ignores"
            + " 'pool' (quote a value that contains spaces)",
        "bareos-dir.conf:17:22: 'Description' in Pool takes one value: Bareos uses 'Full' and"
            + " ignores 'backups' (quote a value that contains spaces)");
  }

  @Test
  void messageDestinations() {
    assertThat(dirErrors("Messages {\n  Name = M\n  append = all\n  director = d = all, !skiped\n}\n"))
        .containsExactly(
            "bareos-dir.conf:17:12: 'append' expects <address> = <message types>: the address and"
                + " '=' are missing",
            "bareos-dir.conf:18:23: unknown message type 'skiped' in 'director'; did you mean"
                + " 'skipped'?");
  }

  @Test
  void jobWithoutClientAndWithUnknownJobDefs() {
    assertThat(dirErrors("""
        Job {
          Name = j
          Type = Backup
          Messages = Standard
          Pool = Full
          JobDefs = Default
        }
        Pool {
          Name = Full
        }
        """)).containsExactly(
        "bareos-dir.conf:15:1: missing required directive 'Client' in Job 'j' (only Copy and"
            + " Migrate jobs go without)",
        "bareos-dir.conf:15:1: missing required directive 'FileSet' in Job 'j' (only Copy and"
            + " Migrate jobs go without)",
        "bareos-dir.conf:15:1: no Storage in Job 'j' nor in its Pool 'Full': expected a 'Storage'"
            + " directive in one of them",
        "bareos-dir.conf:20:3: 'JobDefs' in Job 'j' names JobDefs 'Default', which does not exist");
  }

  @Test
  void jobWithoutStorageAnywhere() {
    assertThat(dirErrors("""
        Client { Name = fd; Address = h; Password = p }
        FileSet { Name = S; Include { File = / } }
        Pool { Name = Full }
        Job { Name = j; Type = Backup; Client = fd; FileSet = S; Pool = Full; Messages = Standard }
        """)).containsExactly("bareos-dir.conf:18:1: no Storage in Job 'j' nor in its Pool 'Full':"
        + " expected a 'Storage' directive in one of them");
  }

  @Test
  void invalidAndRepeatedNames() {
    assertThat(dirErrors("Pool {\n  Name = \"a*b\"\n}\nPool {\n  Name = x\n  Name = y\n}\n"))
        .containsExactly(
            "bareos-dir.conf:16:10: invalid name \"a*b\": illegal character '*': expected letters,"
                + " digits and : . - _ / space",
            "bareos-dir.conf:15:1: missing required directive 'Name' in Pool",
            "bareos-dir.conf:20:3: a second Name in Pool 'x': expected one Name per resource"
                + " (Bareos: attempt to redefine name)");
  }

  @Test
  void fileSetOptionsAndItems() {
    assertThat(dirErrors("""
        FileSet {
          Name = S
          Include {
            Options {
              Signature = MD6
              One FS = maybe
              Compresion = GZIP
            }
            Fille = /
          }
        }
        """)).containsExactly(
        "bareos-dir.conf:19:19: 'Signature' expects one of md5, sha1, sha256, sha512, xxh128,"
            + " found 'MD6'; did you mean 'md5'?",
        "bareos-dir.conf:20:16: 'One FS' expects one of yes, no, found 'maybe'",
        "bareos-dir.conf:21:7: unknown option 'Compresion' in Options; did you mean 'Compression'?",
        "bareos-dir.conf:23:5: unknown directive 'Fille' in Include; did you mean 'File'?");
    assertThat(dirErrors("FileSet {\n Name = S\n Include {\n  Options { Compresion = GZIP }\n }\n}\n"))
        .containsExactly("bareos-dir.conf:18:13: unknown option 'Compresion' in Options; did you"
            + " mean 'Compression'?");
    assertThat(dirErrors("FileSet {\n Name = S\n Include {\n  Fille = /\n }\n}\n"))
        .containsExactly("bareos-dir.conf:18:3: unknown directive 'Fille' in Include; did you"
            + " mean 'File'?");
  }

  @Test
  void scheduleRunWords() {
    assertThat(dirErrors("Schedule {\n  Name = s\n  Run = Ful 1st sn at 21:00\n"
        + "  Run = Lvl=Full 32 w54 21:00 mon/tue\n}\n")).containsExactly(
        "bareos-dir.conf:17:9: unknown word 'ful' in Run: expected a level, day, week, month,"
            + " time or keyword; did you mean 'Full'?",
        "bareos-dir.conf:17:17: unknown word 'sn' in Run: expected a level, day, week, month,"
            + " time or keyword; did you mean 'on'?",
        "bareos-dir.conf:18:9: unknown Run override 'Lvl'; did you mean 'Level'?",
        "bareos-dir.conf:18:18: day number 32 out of range (1-31)",
        "bareos-dir.conf:18:21: week number w54 out of range (w00-w53)",
        "bareos-dir.conf:18:25: time 21:00 must be preceded by 'at'",
        "bareos-dir.conf:18:31: bad modulo 'mon/tue': expected days as 01/02 or weeks as w01/w02");
  }

  @Test
  void aBadReferenceInAJobDefsIsReportedOnceNotForEveryJob() {
    assertThat(dirErrors("""
        Client { Name = fd; Address = h; Password = p }
        FileSet { Name = S; Include { File = / } }
        JobDefs { Name = D; Type = Backup; Client = fd; FileSet = S; Pool = Nope; Messages = Standard }
        Job { Name = a; JobDefs = D }
        Job { Name = b; JobDefs = D }
        """)).containsExactly("bareos-dir.conf:17:62: 'Pool' in JobDefs 'D' names Pool 'Nope',"
        + " which does not exist");
  }

  @Test
  void deprecatedDirectivesAreWarningsNotErrors() throws ConfigException {
    LoadedConfig config = ConfigLoader.parse(DirectorSchema.SCHEMA, FILE,
        BASE + "Pool {\n  Name = p\n  File Retention = 30 days\n}\n");
    assertThat(config.warnings()).extracting(ConfigError::format).containsExactly(
        "bareos-dir.conf:17:3: 'File Retention' in Pool is deprecated in Bareos and may go away");
  }

  @Test
  void jobDefsLoop() {
    assertThat(dirErrors("""
        JobDefs {
          Name = a
          JobDefs = b
        }
        JobDefs {
          Name = b
          JobDefs = a
        }
        """)).first().asString().contains("inherits from itself");
  }

  @Test
  void missingOwnResource() {
    assertThat(errors(StorageDaemonSchema.SCHEMA, "Director {\n Name = d\n Password = p\n}\n"))
        .containsExactly("bareos-dir.conf:0:0: no Storage resource: the bareos-sd configuration"
            + " needs exactly one");
  }

  @Test
  void syntaxAndSchemaErrorsOfAFileAreReportedTogether() {
    assertThat(dirErrors("Pool {\n  Name = a\n  Recycle yes\n  Volume Retention = forever\n}\n"))
        .containsExactly(
            "bareos-dir.conf:17:14: expected '=' after 'Recycle yes', found end of line",
            "bareos-dir.conf:18:22: 'Volume Retention' expects a time like 60, 30 days or 1 hour"
                + " 20 min, found 'forever'");
  }
}
