package org.jbareos.net.hello;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.net.BashedSpaces;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;

/**
 * The hello line the connecting side sends as its first frame (PROTOCOL.md §2.1), one record per kind. Names are
 * held unbashed; {@link #toWire()} bashes spaces to 0x01 (except in the File Daemon's client hello, which Bareos
 * sends unbashed) and is byte-exact with what the Bareos daemons send:
 *
 * <pre>
 *   Director          Hello Director &lt;dir&gt; calling[ Version="x.y.z"]\n
 *   Client            Hello Client &lt;fd&gt;[ FdProtocolVersion=54] calling[ Version="x.y.z"]\n
 *   StartJob          Hello Start Job &lt;job&gt;[ Version="x.y.z"]\n                (FD -&gt; SD)
 *   StartStorageJob   Hello Start Storage Job &lt;job&gt;[ Version="x.y.z"]\n        (SD -&gt; SD)
 *   StorageStartJob   Hello Storage calling Start Job &lt;job&gt;[ Version="x.y.z"]\n (SD -&gt; passive FD)
 *   Console           Hello &lt;name&gt; calling[ version &lt;full&gt;][ Version="x.y.z"]\n
 * </pre>
 *
 * {@link #parse(String)} recognises them in the order of the servers' prefix table (§2.2).
 */
public sealed interface Hello {

  /** The resource type a server derives from this hello (§2.2 table). */
  ResourceType type();

  /** The name the hello carries, unbashed: the director, client or console name, or the unique Job name. */
  String name();

  /** The sender's {@code Version="x.y.z"}, absent in older forms. */
  Optional<BareosVersion> version();

  /** The exact line, {@code \n} included. */
  String toWire();

  /** {@link #toWire()} as UTF-8 bytes, the frame payload. */
  default byte[] toBytes() {
    return toWire().getBytes(StandardCharsets.UTF_8);
  }

  /** Type and name, as the PSK identity of the connection must be (PROTOCOL.md §0, PR #2721). */
  default QualifiedName qualifiedName() {
    return new QualifiedName(type(), name());
  }

  /** Parses a hello payload; see {@link HelloParser}. */
  static Hello parse(String text) throws ProtocolException {
    return HelloParser.parse(text);
  }

  /** Parses a hello payload given as bytes (UTF-8; anything after a NUL is ignored, as the C string compare does). */
  static Hello parse(byte[] payload) throws ProtocolException {
    return HelloParser.parse(new String(payload, StandardCharsets.UTF_8));
  }

  private static String versionSuffix(Optional<BareosVersion> version) {
    return version.map(v -> " " + v.toWord()).orElse("");
  }

  /** Director to Storage or File Daemon (and python-bareos' FD client, without version). */
  record Director(String name, Optional<BareosVersion> version) implements Hello {
    public Director {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public ResourceType type() {
      return ResourceType.DIRECTOR;
    }

    @Override
    public String toWire() {
      return "Hello Director " + BashedSpaces.bash(name) + " calling" + versionSuffix(version) + "\n";
    }
  }

  /** File Daemon to Director, client-initiated connection. The name is not bashed (PROTOCOL.md §11). */
  record Client(String name, OptionalInt fdProtocolVersion, Optional<BareosVersion> version) implements Hello {
    /** {@code FD_PROTOCOL_VERSION} of {@code filed/filed.h}. */
    public static final int FD_PROTOCOL_VERSION = 54;

    public Client {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(fdProtocolVersion, "fdProtocolVersion");
      Objects.requireNonNull(version, "version");
      if (version.isPresent() && fdProtocolVersion.isEmpty()) {
        throw new IllegalArgumentException("a client hello with Version= also carries FdProtocolVersion=");
      }
    }

    @Override
    public ResourceType type() {
      return ResourceType.CLIENT;
    }

    @Override
    public String toWire() {
      String protocol = fdProtocolVersion.isPresent() ? " FdProtocolVersion=" + fdProtocolVersion.getAsInt() : "";
      return "Hello Client " + name + protocol + " calling" + versionSuffix(version) + "\n";
    }
  }

  /** File Daemon to Storage Daemon for a job's data ({@code filed/dir_cmd.cc}). */
  record StartJob(String name, Optional<BareosVersion> version) implements Hello {
    public StartJob {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public ResourceType type() {
      return ResourceType.JOB;
    }

    @Override
    public String toWire() {
      return "Hello Start Job " + BashedSpaces.bash(name) + versionSuffix(version) + "\n";
    }
  }

  /** Storage Daemon to Storage Daemon for replication ({@code stored/dir_cmd.cc ReplicateCmd}). */
  record StartStorageJob(String name, Optional<BareosVersion> version) implements Hello {
    public StartStorageJob {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public ResourceType type() {
      return ResourceType.JOB;
    }

    @Override
    public String toWire() {
      return "Hello Start Storage Job " + BashedSpaces.bash(name) + versionSuffix(version) + "\n";
    }
  }

  /** Storage Daemon to a passive File Daemon ({@code stored/dir_cmd.cc PassiveCmd}). */
  record StorageStartJob(String name, Optional<BareosVersion> version) implements Hello {
    public StorageStartJob {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public ResourceType type() {
      return ResourceType.JOB;
    }

    @Override
    public String toWire() {
      return "Hello Storage calling Start Job " + BashedSpaces.bash(name) + versionSuffix(version) + "\n";
    }
  }

  /**
   * A console to the Director: bconsole ({@code Hello <name> calling version <full> Version="x.y.z"}), python-bareos
   * protocol 2 ({@code Hello <name> calling version <pyversion>}) and 1 / old consoles ({@code Hello <name>
   * calling}). {@code fullVersion} is the free-form 5th word, e.g. {@code 26.0.0~pre1298.eda204c31}.
   */
  record Console(String name, Optional<String> fullVersion, Optional<BareosVersion> version) implements Hello {
    /** The default console's name. */
    public static final String USER_AGENT = "*UserAgent*";

    public Console {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(fullVersion, "fullVersion");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public ResourceType type() {
      return ResourceType.CONSOLE;
    }

    @Override
    public String toWire() {
      return "Hello " + BashedSpaces.bash(name) + " calling" + fullVersion.map(v -> " version " + v).orElse("")
          + versionSuffix(version) + "\n";
    }

    /**
     * The Director's console version number, {@code major*100+minor} of the 5th word ({@code lib/util.cc
     * GetNameAndResourceTypeAndVersionFromHello}); empty when the hello has no version word. Below 1802 the
     * Director uses the legacy console dialog (PROTOCOL.md §2.6).
     */
    public OptionalInt consoleVersion() {
      return fullVersion.map(HelloParser::consoleVersionNumber).orElse(OptionalInt.empty());
    }
  }
}
