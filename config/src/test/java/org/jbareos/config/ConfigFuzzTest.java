package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jbareos.config.console.ConsoleSchema;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.sd.StorageDaemonSchema;

/**
 * Whatever the input, loading either succeeds or throws a {@link ConfigException} whose errors all
 * carry a position: never another exception (which would reach the user as a stack trace).
 */
class ConfigFuzzTest {

  static final List<DaemonSchema> SCHEMAS = List.of(DirectorSchema.SCHEMA,
      StorageDaemonSchema.SCHEMA, FileDaemonSchema.SCHEMA, ConsoleSchema.SCHEMA);

  static final String VALID = """
      Director {
        Name = bareos-dir
        Dir Addresses = { ip = { addr = 127.0.0.1; port = 19101 } }
        Password = "dir-secret"   # comment
        Messages = Daemon
      }
      Messages { Name = Daemon; append = "/var/log/b.log" = all, !skipped }
      Catalog { Name = C; DB Name = b; DB User = u }
      FileSet { Name = S; Include { Options { Signature = MD5 } File = "/data" } }
      Pool { Name = Full; Volume Retention = 1 hour 20 min; Maximum Volume Bytes = 10 GB }
      """;

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.strings()
        .withChars("abcdefgNameClientPool{}=,;#\"\\/*\n \t!.|<0123456789@")
        .withCharRange('\u0000', '\u007f')
        .ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> mutatedValidConfig() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> insert = Arbitraries.strings().withChars("{}=\"#;,\n /*@x").ofMaxLength(3);
    Arbitrary<Integer> delete = Arbitraries.integers().between(0, 4);
    return net.jqwik.api.Combinators.combine(position, insert, delete).as((p, i, d) -> {
      int end = Math.min(VALID.length(), p + d);
      return VALID.substring(0, p) + i + VALID.substring(end);
    });
  }

  @Property(tries = 400)
  void randomTextOnlyEverGivesConfigErrors(@ForAll("garbage") String text) {
    loadWithEverySchema(text);
  }

  @Property(tries = 400)
  void mutatedConfigurationsOnlyEverGiveConfigErrors(@ForAll("mutatedValidConfig") String text) {
    loadWithEverySchema(text);
  }

  private static void loadWithEverySchema(String text) {
    for (DaemonSchema schema : SCHEMAS) {
      try {
        ConfigLoader.parse(schema, Path.of("fuzz.conf"), text);
      } catch (ConfigException e) {
        assertThat(e.errors()).isNotEmpty().allSatisfy(err -> {
          assertThat(err.position()).isNotNull();
          assertThat(err.message()).isNotBlank();
        });
      }
    }
  }
}
