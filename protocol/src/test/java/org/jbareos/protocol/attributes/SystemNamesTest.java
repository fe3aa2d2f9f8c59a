package org.jbareos.protocol.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemNamesTest {
  @TempDir Path directory;

  @Test
  void namesComeFromPasswdAndGroupFilesAndUnknownIdsStayNumbers() throws Exception {
    Path passwd = Files.writeString(directory.resolve("passwd"),
        "root:x:0:0:root:/root:/bin/bash\n# comment\nbackup:x:34:34::/var/backups:/usr/sbin/nologin\n"
            + "alias:x:34:34::/:/bin/false\n");
    Path group = Files.writeString(directory.resolve("group"), "root:x:0:\ntape:x:26:bareos\n");
    SystemNames names = new SystemNames(passwd, group);
    assertThat(names.user(0)).isEqualTo("root");
    assertThat(names.user(34)).as("the first name of an id, as getpwuid").isEqualTo("backup");
    assertThat(names.user(1000)).isEqualTo("1000");
    assertThat(names.group(26)).isEqualTo("tape");
    assertThat(names.group(34)).isEqualTo("34");
  }

  @Test
  void missingFilesKnowNoNames() {
    SystemNames names = new SystemNames(directory.resolve("none"), directory.resolve("neither"));
    assertThat(names.user(0)).isEqualTo("0");
    assertThat(names.group(0)).isEqualTo("0");
  }
}
