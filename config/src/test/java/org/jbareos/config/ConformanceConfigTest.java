package org.jbareos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jbareos.config.console.ConsoleSchema;
import org.jbareos.config.dir.ClientDirectives;
import org.jbareos.config.dir.DirectorDirectives;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.config.dir.FileSetDirectives;
import org.jbareos.config.dir.JobDirectives;
import org.jbareos.config.dir.PoolDirectives;
import org.jbareos.config.dir.StorageDirectives;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.config.schema.MessagesDirectives;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsDirectives;
import org.jbareos.config.sd.DeviceDirectives;
import org.jbareos.config.sd.StorageDaemonSchema;
import org.jbareos.config.value.FileEntry;
import org.jbareos.config.value.IncludeExcludeItem;
import org.jbareos.config.value.NetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the conformance kit's real Bareos 26 configuration (conformance/README.md, Topology). */
class ConformanceConfigTest {

  static final Path CONFIG = Path.of(System.getProperty("jbareos.shared", "../../shared"))
      .resolve("conformance/config");

  @Test
  void directorConfiguration() throws ConfigException {
    LoadedConfig dir = ConfigLoader.load(DirectorSchema.SCHEMA, CONFIG);
    Resource director = dir.one(DirectorDirectives.TYPE);
    assertThat(director.name()).isEqualTo("bareos-dir");
    assertThat(director.get(DirectorDirectives.ADDRESSES))
        .containsExactly(new NetAddress(NetAddress.Family.IP, "127.0.0.1", 19101));
    assertThat(director.get(DirectorDirectives.PASSWORD).md5Hex())
        .isEqualTo("5832d9ba1d4dd48772a999378cee2be7");
    assertThat(director.get(DirectorDirectives.WORKING_DIRECTORY)).isEqualTo("/var/lib/bareos");
    assertThat(director.get(DirectorDirectives.MAXIMUM_CONCURRENT_JOBS)).isEqualTo(10);
    assertThat(director.get(TlsDirectives.ENABLE)).isFalse();
    assertThat(director.get(TlsDirectives.REQUIRE)).isFalse();

    Resource client = dir.find(ClientDirectives.TYPE, "bareos-fd").orElseThrow();
    assertThat(client.get(ClientDirectives.ADDRESS)).isEqualTo("127.0.0.1");
    assertThat(client.get(ClientDirectives.PORT)).isEqualTo(19102);
    assertThat(client.get(ClientDirectives.PASSWORD).md5Hex())
        .isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
    assertThat(client.get(ClientDirectives.CONNECTION_FROM_CLIENT_TO_DIRECTOR)).isFalse();
    assertThat(client.get(ClientDirectives.CONNECTION_FROM_DIRECTOR_TO_CLIENT)).isTrue();
    assertThat(client.get(ClientDirectives.HEARTBEAT_INTERVAL)).isEqualTo(Duration.ZERO);

    Resource file2 = dir.find(StorageDirectives.TYPE, "File2").orElseThrow();
    assertThat(file2.get(StorageDirectives.PORT)).isEqualTo(19104);
    assertThat(file2.get(StorageDirectives.DEVICE)).containsExactly("FileStorage2");
    assertThat(file2.get(StorageDirectives.MEDIA_TYPE)).isEqualTo("File2");
    assertThat(file2.get(StorageDirectives.PASSWORD).md5Hex())
        .isEqualTo("721831298212b3f40557937f7b86551b");

    Resource full = dir.find(PoolDirectives.TYPE, "Full").orElseThrow();
    assertThat(full.get(PoolDirectives.LABEL_FORMAT)).isEqualTo("Full-");
    assertThat(full.get(PoolDirectives.NEXT_POOL)).isEqualTo("Copy");
    assertThat(full.get(PoolDirectives.STORAGE)).containsExactly("File");
    assertThat(full.get(PoolDirectives.VOLUME_RETENTION)).isEqualTo(Duration.ofDays(365));
    assertThat(full.get(PoolDirectives.MAXIMUM_VOLUME_BYTES)).isEqualTo(1L << 30);
    assertThat(full.get(PoolDirectives.MAXIMUM_VOLUME_JOBS)).isEqualTo(1);
    assertThat(dir.find(PoolDirectives.TYPE, "Incremental").orElseThrow()
        .get(PoolDirectives.LABEL_FORMAT)).isEqualTo("Incr-");
    assertThat(dir.find(PoolDirectives.TYPE, "Scratch").orElseThrow()
        .get(PoolDirectives.POOL_TYPE)).isEqualTo("Scratch");

    Resource testSet = dir.find(FileSetDirectives.TYPE, "TestSet").orElseThrow();
    List<IncludeExcludeItem> include = testSet.get(FileSetDirectives.INCLUDE);
    assertThat(include).hasSize(1);
    assertThat(include.getFirst().files())
        .containsExactly(new FileEntry("/srv/bareos-test/data", FileEntry.Kind.PATH));
    assertThat(include.getFirst().options().getFirst().value("Signature")).contains("MD5");

    Resource backup = dir.find(JobDirectives.JOB_TYPE, "backup-bareos-fd").orElseThrow();
    assertThat(backup.get(JobDirectives.TYPE)).isEqualTo("Backup");
    assertThat(backup.get(JobDirectives.LEVEL)).isEqualTo("Full");
    assertThat(backup.get(JobDirectives.WRITE_BOOTSTRAP)).isEqualTo("/var/lib/bareos/%c.bsr");
    assertThat(backup.get(JobDirectives.INCREMENTAL_BACKUP_POOL)).isEqualTo("Incremental");
    Resource copy = dir.find(JobDirectives.JOB_TYPE, "copy-full").orElseThrow();
    assertThat(copy.get(JobDirectives.SELECTION_TYPE)).isEqualTo("PoolUncopiedJobs");
    assertThat(dir.find(JobDirectives.JOB_TYPE, "verify-volume").orElseThrow()
        .get(JobDirectives.LEVEL)).isEqualTo("VolumeToCatalog");

    var daemon = dir.find(MessagesDirectives.TYPE, "Daemon").orElseThrow();
    assertThat(daemon.get(MessagesDirectives.APPEND)).hasSize(2);
    assertThat(daemon.get(MessagesDirectives.APPEND).getFirst().where())
        .isEqualTo("/var/log/bareos/bareos.log");
    assertThat(daemon.get(MessagesDirectives.APPEND).get(1).types()).containsExactly("audit");
  }

  @Test
  void storageDaemonsAndFileDaemon() throws ConfigException {
    LoadedConfig sd = ConfigLoader.load(StorageDaemonSchema.SCHEMA, CONFIG);
    Resource storage = sd.one(org.jbareos.config.sd.StorageDirectives.TYPE);
    assertThat(storage.name()).isEqualTo("bareos-sd");
    assertThat(storage.get(org.jbareos.config.sd.StorageDirectives.ADDRESSES))
        .containsExactly(new NetAddress(NetAddress.Family.IP, "127.0.0.1", 19103));
    Resource device = sd.one(DeviceDirectives.TYPE);
    assertThat(device.get(DeviceDirectives.ARCHIVE_DEVICE)).isEqualTo("/srv/bareos-test/storage");
    assertThat(device.get(DeviceDirectives.LABEL_MEDIA)).isTrue();
    assertThat(device.get(DeviceDirectives.REMOVABLE_MEDIA)).isFalse();
    assertThat(sd.one(org.jbareos.config.sd.DirectorDirectives.TYPE)
        .get(org.jbareos.config.sd.DirectorDirectives.PASSWORD).md5Hex())
        .isEqualTo("bafce61ea085613702b942ec04b9b63b");

    LoadedConfig sd2 = ConfigLoader.load(StorageDaemonSchema.SCHEMA, CONFIG.resolve("sd2"));
    assertThat(sd2.one(org.jbareos.config.sd.StorageDirectives.TYPE)
        .get(org.jbareos.config.sd.StorageDirectives.ADDRESSES))
        .containsExactly(new NetAddress(NetAddress.Family.IP, "127.0.0.1", 19104));

    LoadedConfig fd = ConfigLoader.load(FileDaemonSchema.SCHEMA, CONFIG);
    Resource client = fd.one(org.jbareos.config.fd.ClientDirectives.TYPE);
    assertThat(client.name()).isEqualTo("bareos-fd");
    Resource director = fd.one(org.jbareos.config.fd.DirectorDirectives.TYPE);
    assertThat(director.get(org.jbareos.config.fd.DirectorDirectives.PASSWORD).md5Hex())
        .isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
    assertThat(director.get(TlsDirectives.ENABLE)).isFalse();
  }

  @Test
  void consoles() throws ConfigException {
    LoadedConfig bconsole = ConfigLoader.load(ConsoleSchema.SCHEMA, CONFIG.resolve("bconsole.conf"));
    Resource director = bconsole.one(org.jbareos.config.console.DirectorDirectives.TYPE);
    assertThat(director.get(org.jbareos.config.console.DirectorDirectives.ADDRESS))
        .isEqualTo("127.0.0.1");
    assertThat(director.get(org.jbareos.config.console.DirectorDirectives.PORT)).isEqualTo(19101);
    assertThat(director.get(org.jbareos.config.console.DirectorDirectives.PASSWORD).md5Hex())
        .isEqualTo("5832d9ba1d4dd48772a999378cee2be7");

    LoadedConfig admin = ConfigLoader.load(ConsoleSchema.SCHEMA,
        CONFIG.resolve("bconsole-admin.conf"));
    Resource console = admin.one(org.jbareos.config.console.ConsoleDirectives.TYPE);
    assertThat(console.name()).isEqualTo("admin");
    assertThat(console.get(org.jbareos.config.console.ConsoleDirectives.PASSWORD).md5Hex())
        .isEqualTo("fa0deb5e70ca0c27c04b717a9c60d657");
    assertThat(console.get(org.jbareos.config.console.ConsoleDirectives.DIRECTOR))
        .isEqualTo("bareos-dir");
  }

  /** The client-initiated captures used config/ with the files of the override directory on top. */
  @Test
  void clientInitiatedOverrides(@TempDir Path tmp) throws ConfigException, IOException {
    Path merged = overlay(tmp, "client-initiated");
    Resource client = ConfigLoader.load(DirectorSchema.SCHEMA, merged)
        .find(ClientDirectives.TYPE, "bareos-fd").orElseThrow();
    assertThat(client.get(ClientDirectives.CONNECTION_FROM_CLIENT_TO_DIRECTOR)).isTrue();
    assertThat(client.get(ClientDirectives.CONNECTION_FROM_DIRECTOR_TO_CLIENT)).isFalse();
    assertThat(client.get(ClientDirectives.HEARTBEAT_INTERVAL)).isEqualTo(Duration.ofSeconds(5));

    Resource director = ConfigLoader.load(FileDaemonSchema.SCHEMA, merged)
        .one(org.jbareos.config.fd.DirectorDirectives.TYPE);
    assertThat(director.get(org.jbareos.config.fd.DirectorDirectives.ADDRESS)).isEqualTo("127.0.0.1");
    assertThat(director.get(org.jbareos.config.fd.DirectorDirectives.PORT)).isEqualTo(19101);
    assertThat(director.get(org.jbareos.config.fd.DirectorDirectives
        .CONNECTION_FROM_CLIENT_TO_DIRECTOR)).isTrue();

    Path heartbeat = overlay(tmp.resolve("hb"), "client-initiated-heartbeat");
    Resource fdClient = ConfigLoader.load(FileDaemonSchema.SCHEMA, heartbeat)
        .one(org.jbareos.config.fd.ClientDirectives.TYPE);
    assertThat(fdClient.get(org.jbareos.config.fd.ClientDirectives.HEARTBEAT_INTERVAL))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(fdClient.get(org.jbareos.config.fd.ClientDirectives.MAXIMUM_NETWORK_BUFFER_SIZE))
        .isEqualTo(8192);
    assertThat(fdClient.get(org.jbareos.config.fd.ClientDirectives.MAXIMUM_BANDWIDTH_PER_JOB))
        .isEqualTo(25_000L);
  }

  private static Path overlay(Path tmp, String override) throws IOException {
    Path merged = tmp.resolve("merged");
    copyTree(CONFIG, merged, List.of("client-initiated", "client-initiated-heartbeat", "sd2"));
    copyTree(CONFIG.resolve(override), merged, List.of());
    return merged;
  }

  private static void copyTree(Path from, Path to, List<String> skip) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() > 0 && skip.contains(rel.getName(0).toString())) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().setWritable(true);
        }
      }
    }
  }
}
