package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PSK text (PROTOCOL.md §3.2): MD5 hex of the password, an {@code [md5]} literal as written, or a session key.
 * Golden values come from the conformance kit: its README's password table, and the {@code Authorization=} keys in
 * the recorded transcripts.
 */
class PskSecretTest {

  private static final Path CONFORMANCE = Path.of(System.getProperty("jbareos.shared"), "conformance");

  @Test
  void passwordBecomesLowercaseMd5HexAsInTheConformanceKit() throws IOException {
    Map<String, String> table = passwordTable();
    assertThat(table).containsEntry("fd-secret", "6cf9aa1126e81141ba4a404bf837c2e4").hasSizeGreaterThanOrEqualTo(6);
    table.forEach((password, md5) -> {
      PskSecret secret = PskSecret.fromPassword(password);
      assertThat(secret.ascii()).as(password).isEqualTo(md5);
      assertThat(secret.toBytes()).isEqualTo(md5.getBytes(StandardCharsets.US_ASCII)).hasSize(32);
    });
  }

  @Test
  void md5LiteralIsUsedAsWrittenWithoutHashingAgain() {
    assertThat(PskSecret.fromMd5Literal("[md5]6cf9aa1126e81141ba4a404bf837c2e4"))
        .isEqualTo(PskSecret.fromPassword("fd-secret"));
    assertThat(PskSecret.fromMd5Literal("[md5]6CF9AA1126E81141BA4A404BF837C2E4").ascii())
        .isEqualTo("6CF9AA1126E81141BA4A404BF837C2E4");
    assertThatThrownBy(() -> PskSecret.fromMd5Literal("[md5]6cf9")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PskSecret.fromMd5Literal("6cf9aa1126e81141ba4a404bf837c2e4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sessionKeysFromTheTranscriptsAreAcceptedAsIs() throws IOException {
    Pattern authorization = Pattern.compile("Authorization=([A-Z-]{39})");
    int found = 0;
    for (String transcript : List.of("backup-full.txt", "restore.txt", "copy.txt")) {
      Matcher m = authorization.matcher(Files.readString(CONFORMANCE.resolve(transcript), StandardCharsets.ISO_8859_1));
      while (m.find()) {
        assertThat(PskSecret.fromSessionKey(m.group(1)).toBytes())
            .isEqualTo(m.group(1).getBytes(StandardCharsets.US_ASCII)).hasSize(39);
        found++;
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void malformedSessionKeysAreRefused() {
    assertThatThrownBy(() -> PskSecret.fromSessionKey("dummy")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PskSecret.fromSessionKey("NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDZ"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringDoesNotShowTheKey() {
    assertThat(PskSecret.fromPassword("fd-secret").toString()).doesNotContain("6cf9").contains("32");
  }

  /** The {@code | ... | `password` | `md5 hex` |} rows of the conformance README. */
  private static Map<String, String> passwordTable() throws IOException {
    Pattern row = Pattern.compile("\\| `([^`]+)` \\| `([0-9a-f]{32})` \\|\\s*$");
    Map<String, String> table = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CONFORMANCE.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        table.put(m.group(1), m.group(2));
      }
    }
    return table;
  }
}
