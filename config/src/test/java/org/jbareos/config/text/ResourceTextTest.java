package org.jbareos.config.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The resource text reads back through the config parser's rules: quoting, nesting, one directive a line. */
class ResourceTextTest {

  @Test
  void writesNestedBlocksAndQuotedStrings() {
    String fileSet = FileBackupResources.fileSet("Tree", FileBackupResources.md5Options().set("Hard Links", "yes"),
        Path.of("/srv/a \"b\""), Path.of("C:\\data")).text();
    assertThat(fileSet).isEqualTo("""
        FileSet {
          Name = Tree
          Include {
            Options {
              Signature = MD5
              Hard Links = yes
            }
            File = "/srv/a \\"b\\""
            File = "C:\\\\data"
          }
        }
        """);
  }

  @Test
  void jobsListTheirResourcesInOrder() {
    assertThat(FileBackupResources.backupJob("j", "fd", "fs", "File", "Full").setIf(false, "TLS Enable", "no")
        .text()).isEqualTo("""
        Job {
          Name = j
          Type = Backup
          Level = Full
          Client = fd
          FileSet = fs
          Storage = File
          Pool = Full
          Messages = Standard
        }
        """);
    assertThat(FileBackupResources.restoreJob("r", "fd", "fs", "File", "Full", Path.of("/tmp/r")).text())
        .contains("  Type = Restore\n").endsWith("  Messages = Standard\n  Where = \"/tmp/r\"\n}\n");
  }
}
