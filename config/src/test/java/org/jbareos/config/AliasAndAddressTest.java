package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.console.ConsoleConfig;
import org.jbareos.config.console.ConsoleSchema;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.config.sd.StorageDaemonSchema;
import org.jbareos.config.value.NetAddress;
import org.junit.jupiter.api.Test;

/** The address and port directives and their aliases (Alias{...} in Bareos's item tables). */
class AliasAndAddressTest {

  static final Path FILE = Path.of("a.conf");

  @Test
  void directorPortAddressAndClientAliases() throws ConfigException {
    DirectorConfig dir = new DirectorConfig(ConfigLoader.parse(DirectorSchema.SCHEMA, FILE, """
        Director { Name = d; Password = p; DirPort = 9911; Dir Address = 10.0.0.1 }
        Client { Name = c; FD Address = fd.example; FDPort = 9912; FD Password = "x" }
        Storage { Name = s; SD Address = sd.example; SDPort = 9913; SD Password = y
                  Device = Dev; Media Type = File }
        """));
    assertThat(dir.director().addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IP, "10.0.0.1", 9911));
    assertThat(dir.client("c").orElseThrow()).extracting(c -> c.address() + ":" + c.port())
        .isEqualTo("fd.example:9912");
    assertThat(dir.storage("s").orElseThrow()).extracting(s -> s.address() + ":" + s.port())
        .isEqualTo("sd.example:9913");
  }

  @Test
  void defaultPortsAndListenAddresses() throws ConfigException {
    DirectorConfig dir = new DirectorConfig(ConfigLoader.parse(DirectorSchema.SCHEMA, FILE,
        "Director { Name = d; Password = p }\nClient { Name = c; Address = h; Password = p }\n"
            + "Storage { Name = s; Address = h; Password = p; Device = D; Media Type = F }"));
    assertThat(dir.director().addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IP, null, 9101));
    assertThat(dir.client("c").orElseThrow().port()).isEqualTo(9102);
    assertThat(dir.storage("s").orElseThrow().port()).isEqualTo(9103);

    StorageDaemonConfig sd = new StorageDaemonConfig(ConfigLoader.parse(StorageDaemonSchema.SCHEMA,
        FILE, "Storage { Name = sd; SD Addresses = { ipv4 = { addr = 0.0.0.0 }"
            + " ipv6 = { addr = ::; port = 9200 } } }"));
    assertThat(sd.storage().addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IPV4, "0.0.0.0", 9103),
        new NetAddress(NetAddress.Family.IPV6, "::", 9200));

    FileDaemonConfig fd = new FileDaemonConfig(ConfigLoader.parse(FileDaemonSchema.SCHEMA, FILE,
        "FileDaemon { Name = fd; FD Port = 9300 }\nDirector { Name = d; Password = p }"));
    assertThat(fd.client().addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IP, null, 9300));
    assertThat(fd.directors().getFirst().port()).isEqualTo(9101);

    ConsoleConfig console = new ConsoleConfig(ConfigLoader.parse(ConsoleSchema.SCHEMA, FILE,
        "Director { Name = d; DIRport = 9400; Address = h }"));
    assertThat(console.directors().getFirst().port()).isEqualTo(9400);
  }

  @Test
  void unknownAddressFamilyAndItem() {
    ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.parse(StorageDaemonSchema.SCHEMA, FILE,
            "Storage {\n Name = sd\n SD Addresses = {\n  ipx = { addr = h }\n"
                + "  ip = { adr = h }\n }\n}\n"));
    assertThat(e.errors()).extracting(ConfigError::format).isEqualTo(List.of(
        "a.conf:4:3: unknown address family 'ipx' in 'SD Addresses': expected ip, ipv4 or ipv6;"
            + " did you mean 'ip'?",
        "a.conf:5:10: unknown directive 'adr' in 'ip': expected addr or port; did you mean"
            + " 'addr'?"));
  }
}
