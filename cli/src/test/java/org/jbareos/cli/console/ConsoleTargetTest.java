package org.jbareos.cli.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.client.ConsoleSettings;
import org.jbareos.config.console.ConsoleConfig;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bconsole's choice of Director and Console ({@code SelectDirector}) and what it means for the connection. */
class ConsoleTargetTest {

  @TempDir Path dir;

  private ConsoleConfig config(String text) throws Exception {
    Path file = dir.resolve("bconsole.conf");
    Files.writeString(file, text);
    return ConsoleConfig.load(file);
  }

  @Test
  void theKitsDefaultConsoleUsesTheDirectorPasswordInCleartext() throws Exception {
    ConsoleTarget target = ConsoleTarget.select(ConsoleConfig.load(SharedData.conformance("config/bconsole.conf")),
        Optional.empty());
    ConsoleSettings settings = target.builder().build();
    assertThat(settings.address()).isEqualTo("127.0.0.1");
    assertThat(settings.port()).isEqualTo(19101);
    assertThat(settings.consoleName()).isEqualTo("*UserAgent*");
    assertThat(settings.key()).isEqualTo(CramKey.fromPassword("dir-secret"));
    assertThat(settings.tlsPolicy()).isEqualTo(TlsPolicy.NONE);
    assertThat(settings.autodisplayOff()).isFalse();
  }

  @Test
  void theKitsAdminConsoleUsesItsConsoleResource() throws Exception {
    ConsoleTarget target = ConsoleTarget.select(
        ConsoleConfig.load(SharedData.conformance("config/bconsole-admin.conf")), Optional.empty());
    ConsoleSettings settings = target.builder().build();
    assertThat(settings.consoleName()).isEqualTo("admin");
    assertThat(settings.key()).isEqualTo(CramKey.fromPassword("admin-secret"));
    assertThat(settings.tlsPolicy()).isEqualTo(TlsPolicy.NONE);
  }

  @Test
  void tlsIsRequiredByDefaultAndAnMd5PasswordIsUsedVerbatim() throws Exception {
    ConsoleTarget target = ConsoleTarget.select(config("""
        Director {
          Name = dir
          Address = backup.example.org
          Password = "[md5]5832D9BA1D4DD48772A999378CEE2BE7"
        }
        """), Optional.empty());
    ConsoleSettings settings = target.builder().build();
    assertThat(settings.port()).isEqualTo(9101);
    assertThat(settings.tlsPolicy()).isEqualTo(TlsPolicy.REQUIRED);
    assertThat(settings.key().secret()).isEqualTo("5832D9BA1D4DD48772A999378CEE2BE7");
    assertThat(target.historyLength()).isEqualTo(100);
  }

  @Test
  void theConsoleNamingTheDirectorWinsThenTheFirstNamingNone() throws Exception {
    ConsoleConfig config = config("""
        Director { Name = one; Address = a; Password = p1 }
        Director { Name = two; Address = b; Password = p2 }
        Console { Name = free; Password = f }
        Console { Name = for-two; Password = t; Director = two; History Length = 7 }
        Console { Name = for-three; Password = x; Director = three }
        """);
    ConsoleTarget two = ConsoleTarget.select(config, Optional.of("two"));
    assertThat(two.console().orElseThrow().name()).isEqualTo("for-two");
    assertThat(two.historyLength()).isEqualTo(7);
    ConsoleTarget one = ConsoleTarget.select(config, Optional.of("one"));
    assertThat(one.console().orElseThrow().name()).isEqualTo("free");
    assertThat(one.builder().build().address()).isEqualTo("a");
  }

  @Test
  void severalDirectorsWithoutDOrAnUnknownNameAreRefusedClearly() throws Exception {
    ConsoleConfig config = config("""
        Director { Name = one; Address = a; Password = p1 }
        Director { Name = two; Address = b; Password = p2 }
        """);
    assertThatThrownBy(() -> ConsoleTarget.select(config, Optional.empty()))
        .hasMessage("Several Directors are defined (one, two): choose one with -D <name>");
    assertThatThrownBy(() -> ConsoleTarget.select(config, Optional.of("three")))
        .hasMessage("Can't find three in Director list");
  }

  @Test
  void theDirectorsHeartbeatIntervalWinsThenTheConsolesAsInBconsole() throws Exception {
    ConsoleConfig config = config("""
        Director { Name = quiet; Address = a; Password = p1 }
        Director { Name = beating; Address = b; Password = p2; Heartbeat Interval = 30 }
        Console { Name = admin; Password = c; Heartbeat Interval = 1 min }
        """);
    assertThat(ConsoleTarget.select(config, Optional.of("beating")).builder().build().heartbeatInterval())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(ConsoleTarget.select(config, Optional.of("quiet")).builder().build().heartbeatInterval())
        .isEqualTo(Duration.ofMinutes(1));
    ConsoleConfig none = config("Director { Name = dir; Address = a; Password = p }\n");
    assertThat(ConsoleTarget.select(none, Optional.empty()).builder().build().heartbeatInterval())
        .isEqualTo(Duration.ZERO);
  }
}
