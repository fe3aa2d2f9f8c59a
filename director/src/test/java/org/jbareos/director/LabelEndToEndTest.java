package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.PoolRecord;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.volume.VolumeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code label} with the kit's real daemons ({@code dird/ua_label.cc}, {@code stored/dir_cmd.cc DoLabel}): the SD
 * writes a Bareos volume label, the Director creates the Media record with the Pool's defaults and prints what
 * bconsole prints; the next backup of that Pool appends to the labeled volume; an existing name is refused by the
 * Director (catalog) and by the SD (a labeled file).
 */
class LabelEndToEndTest {

  @Test
  void theDirectorsStartPutsItsPoolsClientsAndStoragesIntoTheCatalog(@TempDir Path root) throws Exception {
    try (KitDaemons kit = KitDaemons.start(root)) {
      // dird/check_catalog.cc CheckCatalog: before any job, every resource has its row
      assertThat(kit.catalog().pools().list()).extracting(PoolRecord::name)
          .containsExactly("Copy", "Full", "Incremental", "Scratch");
      assertThat(kit.catalog().clients().list()).extracting(ClientRecord::name).containsExactly("bareos-fd");
      assertThat(kit.catalog().storages().findByName("File")).isPresent();
      assertThat(kit.catalog().storages().findByName("File2")).isPresent();
      // a Pool without Label Format is stored with "*", Bareos's "none" (dird/ua_db.cc SetPooldbrVars)
      assertThat(kit.catalog().pools().findByName("Scratch").orElseThrow().labelFormat()).isEqualTo("*");
    }
  }

  @Test
  void labelWritesTheVolumeAndItsCatalogRecord(@TempDir Path root) throws Exception {
    try (KitDaemons kit = KitDaemons.start(root); ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
      Path volume = kit.site().volumes().resolve("Test-0001");
      String device = "\"FileStorage\" (" + kit.site().volumes() + ")";
      List<String> out = console.text("label volume=Test-0001 pool=Full storage=File yes");
      long size = Files.size(volume);
      assertThat(out).containsExactly("Automatically selected Catalog: MyCatalog\n", "Using Catalog \"MyCatalog\"\n",
          out.get(2), "Sending label command for Volume \"Test-0001\" Slot 0 ...\n",
          "3000 OK label. VolFiles=0 VolBytes=" + size + " Volume=\"Test-0001\" Device=" + device + "\n",
          "Catalog record for Volume \"Test-0001\", Slot 0 successfully created.\n",
          "Requesting to mount FileStorage ...\n", "3906 File device " + device + " is always mounted.\n");
      assertThat(out.get(2)).matches("Connecting to Storage daemon File at 127\\.0\\.0\\.1:\\d+ \\.\\.\\.\n");

      try (VolumeReader reader = VolumeReader.open(volume)) {
        assertThat(reader.volumeLabel().volumeName()).isEqualTo("Test-0001");
        assertThat(reader.volumeLabel().poolName()).isEqualTo("Full");
        assertThat(reader.volumeLabel().mediaType()).isEqualTo("File");
      }
      MediaRecord media = kit.catalog().media().findByName("Test-0001").orElseThrow();
      assertThat(media.volStatus()).isEqualTo("Append");
      assertThat(media.volBytes()).isEqualTo(size);
      assertThat(media.labelDate()).isNotNull();
      assertThat(media.maxVolJobs()).isEqualTo(1);
      assertThat(kit.catalog().pools().findById(media.poolId()).orElseThrow().name()).isEqualTo("Full");

      assertThat(console.text("label volume=Test-0001 pool=Full storage=File yes"))
          .containsExactly("Media record for new Volume \"Test-0001\" already exists.\n");

      Files.copy(volume, kit.site().volumes().resolve("Copied"));
      List<String> refused = console.text("label volume=Copied pool=Full storage=File yes");
      assertThat(refused.subList(1, refused.size())).containsExactly(
          "Sending label command for Volume \"Copied\" Slot 0 ...\n",
          "3920 Cannot label Volume because it is already labeled: \"Test-0001\"\n",
          "Label command failed for Volume Copied.\n", "Do not forget to mount the drive!!!\n");
      assertThat(kit.catalog().media().findByName("Copied")).isEmpty();

      console.apiJson();
      assertThat(console.json("label volume=Test-0002 pool=Incremental storage=File yes").toString())
          .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}");
      assertThat(kit.catalog().media().findByName("Test-0002").orElseThrow().volStatus()).isEqualTo("Append");

      Files.createDirectories(kit.site().data());
      Files.writeString(kit.site().data().resolve("a.txt"), "alpha\n");
      JobResult backup = kit.engine().start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL)).await();
      String log = String.join("", backup.log());
      assertThat(backup.status()).as(log).isEqualTo(JobStatus.TERMINATED);
      assertThat(log).contains("Volume name(s):         Test-0001\n");
    }
  }
}
