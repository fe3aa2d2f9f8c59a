package org.jbareos.bench.e2e;

import static org.jbareos.bench.e2e.BenchResources.CLIENT;
import static org.jbareos.bench.e2e.BenchResources.DIRECTOR;
import static org.jbareos.bench.e2e.BenchResources.LOOPBACK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.text.ResourceText;

/**
 * The benchmark's jbareos configuration: one file per daemon ({@code bareos-dir.conf}, {@code bareos-sd.conf},
 * {@code bareos-fd.conf}) in Bareos syntax with the {@link BenchResources}. Without TLS-PSK every resource of a link
 * says {@code TLS Enable = no}, as Bacula 9.6 runs without TLS.
 */
final class JbareosConfig {
  private static final String POOL = "Full";

  private final Path etc;
  private final Path work;
  private final BenchPorts ports;
  private final boolean tlsPsk;

  JbareosConfig(Path home, BenchPorts ports, boolean tlsPsk) {
    this.etc = home.resolve("etc");
    this.work = home;
    this.ports = ports;
    this.tlsPsk = tlsPsk;
  }

  Path etc() {
    return etc;
  }

  void write(List<Dataset> datasets) throws IOException {
    BenchResources.createDirectories(work);
    String dir = withoutTls(ResourceText.named("Director", DIRECTOR).set("DirAddress", LOOPBACK)
        .set("DirPort", ports.director()).quoted("Password", BenchResources.CONSOLE_PASSWORD)
        .quoted("Working Directory", work.resolve("dir")).set("Maximum Concurrent Jobs", 10)
        .set("Messages", "Standard")).text()
        + ResourceText.named("Catalog", "MyCatalog").set("DB Name", "bareos").set("DB User", "bareos")
        .quoted("DB Password", "").text()
        + withoutTls(BenchResources.client(ports)).text()
        + withoutTls(BenchResources.storage(ports)).text()
        + BenchResources.pool(POOL).text()
        + ResourceText.named("Messages", "Standard").set("Catalog", "all, !skipped, !saved, !audit")
        .set("Append", ResourceText.quote(work.resolve("dir/bareos.log").toString())
            + " = all, !skipped, !saved, !audit").text()
        + BenchResources.restoreJob(datasets, POOL, work.resolve("restore")).text()
        + BenchResources.backupJobs(datasets, POOL);
    Files.writeString(etc.resolve("bareos-dir.conf"), dir);
    Files.writeString(etc.resolve("bareos-sd.conf"), withoutTls(ResourceText.named("Storage",
        BenchResources.STORAGE_DAEMON).set("SDAddress", LOOPBACK).set("SDPort", ports.storage())
        .quoted("Working Directory", work.resolve("sd")).set("Maximum Concurrent Jobs", 20)).text()
        + withoutTls(ResourceText.named("Director", DIRECTOR).quoted("Password", BenchResources.STORAGE_PASSWORD))
        .text()
        + BenchResources.device(work).text()
        + ResourceText.named("Messages", "Standard").set("Director", DIRECTOR + " = all").text());
    Files.writeString(etc.resolve("bareos-fd.conf"), withoutTls(ResourceText.named("Client", CLIENT)
        .set("FDAddress", LOOPBACK).set("FDPort", ports.fileDaemon()).quoted("Working Directory", work.resolve("fd"))
        .set("Maximum Concurrent Jobs", 20)).text()
        + withoutTls(ResourceText.named("Director", DIRECTOR).quoted("Password", BenchResources.CLIENT_PASSWORD))
        .text()
        + ResourceText.named("Messages", "Standard").set("Director", DIRECTOR + " = all, !skipped, !restored")
        .text());
  }

  /** {@code TLS Enable = no} on a resource of a link when the benchmark runs without TLS-PSK. */
  private ResourceText withoutTls(ResourceText resource) {
    return resource.setIf(!tlsPsk, "TLS Enable", "no");
  }
}
