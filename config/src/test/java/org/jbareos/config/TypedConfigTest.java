package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jbareos.config.console.ConsoleConfig;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.DirectorResource;
import org.jbareos.config.dir.JobResource;
import org.jbareos.config.dir.PoolResource;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.config.value.FileEntry;
import org.jbareos.config.value.NetAddress;
import org.junit.jupiter.api.Test;

/** The typed records over the conformance kit's configuration (conformance/README.md). */
class TypedConfigTest {

  @Test
  void director() throws ConfigException {
    DirectorConfig config = DirectorConfig.load(ConformanceConfigTest.CONFIG);
    DirectorResource director = config.director();
    assertThat(director.addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IP, "127.0.0.1", 19101));
    assertThat(director.tls().policy()).isZero();
    assertThat(director.messages()).isEqualTo("Daemon");
    assertThat(director.fdConnectTimeout()).isEqualTo(Duration.ofMinutes(3));

    ClientResource fd = config.client("bareos-fd").orElseThrow();
    assertThat(fd.address()).isEqualTo("127.0.0.1");
    assertThat(fd.port()).isEqualTo(19102);
    assertThat(fd.password().md5Hex()).isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
    assertThat(fd.connectionFromDirectorToClient()).isTrue();
    assertThat(fd.tls().enable()).isFalse();

    assertThat(config.storages()).extracting(s -> s.name() + "@" + s.address() + ":" + s.port())
        .containsExactly("File@127.0.0.1:19103", "File2@127.0.0.1:19104");
    assertThat(config.pools()).extracting(PoolResource::name, PoolResource::labelFormat)
        .contains(org.assertj.core.groups.Tuple.tuple("Copy", "Copy-"),
            org.assertj.core.groups.Tuple.tuple("Full", "Full-"),
            org.assertj.core.groups.Tuple.tuple("Incremental", "Incr-"));
    PoolResource scratch = config.pool("Scratch").orElseThrow();
    assertThat(scratch.maximumVolumes()).isNull();
    assertThat(scratch.recycle()).isTrue();

    JobResource restore = config.job("RestoreFiles").orElseThrow();
    assertThat(restore.type()).isEqualTo("Restore");
    assertThat(restore.where()).isEqualTo("/tmp/bareos-restores");
    assertThat(restore.storage()).containsExactly("File");
    assertThat(restore.priority()).isEqualTo(10);
    assertThat(restore.replace()).isEqualTo("Always");

    assertThat(config.fileSet("TestSet").orElseThrow().includes().getFirst().files())
        .extracting(FileEntry::value).containsExactly("/srv/bareos-test/data");
    assertThat(config.console("admin").orElseThrow().profiles()).containsExactly("all");
    assertThat(config.profiles().getFirst().commandAcl()).containsExactly("*all*");
    assertThat(config.catalogs().getFirst().dbPort()).isEqualTo(15432);
    assertThat(config.catalogs().getFirst().dbPassword().value()).isEmpty();
    assertThat(config.messages("Standard").orElseThrow().destinations("Catalog")).hasSize(1);
  }

  @Test
  void storageFileDaemonAndConsole() throws ConfigException {
    StorageDaemonConfig sd = StorageDaemonConfig.load(ConformanceConfigTest.CONFIG);
    assertThat(sd.storage().workingDirectory()).isEqualTo("/var/lib/bareos");
    assertThat(sd.device("FileStorage").orElseThrow().archiveDevice())
        .isEqualTo("/srv/bareos-test/storage");
    assertThat(sd.device("FileStorage").orElseThrow().maximumBlockSize()).isEqualTo(1048576L);
    assertThat(sd.director("bareos-dir").orElseThrow().monitor()).isFalse();

    FileDaemonConfig fd = FileDaemonConfig.load(ConformanceConfigTest.CONFIG);
    assertThat(fd.client().addresses()).containsExactly(
        new NetAddress(NetAddress.Family.IP, "127.0.0.1", 19102));
    assertThat(fd.client().maximumConcurrentJobs()).isEqualTo(1000);
    assertThat(fd.directorsToConnectTo()).isEmpty();
    assertThat(fd.messages().getFirst().destinations().getFirst().where()).isEqualTo("bareos-dir");

    ConsoleConfig console = ConsoleConfig.load(ConformanceConfigTest.CONFIG.resolve("bconsole-admin.conf"));
    assertThat(console.director("bareos-dir").orElseThrow().password()).isNull();
    assertThat(console.consoleFor("bareos-dir").orElseThrow().name()).isEqualTo("admin");
  }

  @Test
  void storageDaemonNdmpAndAutochanger() throws ConfigException {
    StorageDaemonConfig sd = new StorageDaemonConfig(ConfigLoader.parse(
        org.jbareos.config.sd.StorageDaemonSchema.SCHEMA, java.nio.file.Path.of("sd.conf"), """
        Storage { Name = sd }
        Ndmp { Name = dma; Username = ndmpadmin; Password = secret; Auth Type = MD5 }
        Device { Name = d0; Media Type = LTO; Archive Device = /dev/nst0; Autochanger = yes }
        Autochanger { Name = changer; Device = d0; Changer Device = /dev/sg0
                      Changer Command = "/usr/lib/bareos/scripts/mtx-changer %c %o %S %a %d" }
        """));
    var ndmp = sd.ndmpClients().getFirst();
    assertThat(ndmp.username()).isEqualTo("ndmpadmin");
    assertThat(ndmp.authType()).isEqualTo("MD5");
    assertThat(ndmp.logLevel()).isEqualTo(4);
    assertThat(sd.autochangers().getFirst().devices()).containsExactly("d0");
    assertThat(sd.device("d0").orElseThrow().autochanger()).isTrue();
  }

  @Test
  void defaultTlsIsRequiredPsk() throws ConfigException {
    ConsoleConfig console = new ConsoleConfig(ConfigLoader.parse(
        org.jbareos.config.console.ConsoleSchema.SCHEMA, java.nio.file.Path.of("bconsole.conf"),
        "Director { Name = d; Address = localhost; Password = p }"));
    var director = console.directors().getFirst();
    assertThat(director.port()).isEqualTo(9101);
    assertThat(director.tls().policy()).isEqualTo(2);
    assertThat(director.tls().usesCertificates()).isFalse();
    assertThat(director.heartbeatInterval()).isZero();
  }
}
