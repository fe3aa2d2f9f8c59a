package org.jbareos.cli.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jbareos.client.ConsoleBuilder;
import org.jbareos.client.ConsoleSettings;
import org.jbareos.client.DirectorConsole;
import org.jbareos.config.console.ConsoleConfig;
import org.jbareos.config.console.ConsoleResource;
import org.jbareos.config.console.DirectorResource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.TlsPolicy;

/**
 * The Director and the optional named Console of a bconsole configuration that a session uses, chosen as bconsole's
 * {@code SelectDirector} chooses them ({@code console/console.cc}): the Director named with {@code -D}, or the only
 * one; then the Console whose {@code Director} names it, else the first Console naming no Director, else the first
 * Console, else none (the default console {@code *UserAgent*}, which logs in with the Director's password). The TLS
 * resource is the Console when there is one, else the Director ({@code console/connect_to_director.cc}).
 */
public record ConsoleTarget(DirectorResource director, Optional<ConsoleResource> console) {

  /** The configuration does not say which Director to use, or how to log in to it. */
  public static final class UnusableConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableConfigException(String message) {
      super(message);
    }
  }

  /** Chooses the Director ({@code -D name}, or the only one) and its Console. */
  public static ConsoleTarget select(ConsoleConfig config, Optional<String> directorName)
      throws UnusableConfigException {
    List<DirectorResource> directors = config.directors();
    DirectorResource director;
    if (directorName.isPresent()) {
      director = config.director(directorName.get()).orElseThrow(() -> new UnusableConfigException(
          "Can't find " + directorName.get() + " in Director list"));
    } else if (directors.size() == 1) {
      director = directors.getFirst();
    } else if (directors.isEmpty()) {
      throw new UnusableConfigException("No Director resource defined");
    } else {
      throw new UnusableConfigException("Several Directors are defined ("
          + String.join(", ", directors.stream().map(DirectorResource::name).toList())
          + "): choose one with -D <name>");
    }
    List<ConsoleResource> consoles = config.consoles();
    Optional<ConsoleResource> console = consoles.stream().filter(c -> director.name().equals(c.director()))
        .findFirst()
        .or(() -> consoles.stream().filter(c -> c.director() == null).findFirst())
        .or(() -> consoles.stream().findFirst());
    if (console.isEmpty() && director.password() == null) {
      throw new UnusableConfigException("Director " + director.name() + " has no Password for the default console,"
          + " and no Console resource is defined");
    }
    return new ConsoleTarget(director, console);
  }

  /** The connection settings: address, port, console name, key and TLS policy from the chosen resources. */
  public ConsoleBuilder<DirectorConsole> builder() {
    TlsSettings tls = console.map(ConsoleResource::tls).orElse(director.tls());
    Password password = console.map(ConsoleResource::password).orElse(director.password());
    return DirectorConsole.builder()
        .address(director.address())
        .port(director.port())
        .directorName(director.name())
        .consoleName(console.map(ConsoleResource::name).orElse(ConsoleSettings.DEFAULT_CONSOLE))
        .key(password.md5Literal() ? CramKey.fromMd5Literal("[md5]" + password.value())
            : CramKey.fromPassword(password.value()))
        .tlsPolicy(TlsPolicy.of(tls.enable(), tls.require()))
        .heartbeatInterval(heartbeatInterval())
        .autodisplayOff(false);
  }

  /** The Director resource's {@code Heartbeat Interval} when set, else the Console's, as bconsole chooses. */
  Duration heartbeatInterval() {
    Duration own = director.heartbeatInterval();
    if (own != null && own.isPositive()) {
      return own;
    }
    return console.map(ConsoleResource::heartbeatInterval).filter(Duration::isPositive).orElse(Duration.ZERO);
  }

  /** The history file: the Console's {@code HistoryFile}, else {@code ~/.bconsole_history} as bconsole. */
  public Path historyFile() {
    return console.map(c -> c.resource().get(org.jbareos.config.console.ConsoleDirectives.HISTORY_FILE))
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".bconsole_history"));
  }

  /** The Console's {@code HistoryLength}, else bconsole's 100. */
  public int historyLength() {
    return console.map(c -> c.resource().get(org.jbareos.config.console.ConsoleDirectives.HISTORY_LENGTH))
        .orElse(100);
  }
}
