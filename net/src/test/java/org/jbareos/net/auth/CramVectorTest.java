package org.jbareos.net.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.jbareos.net.BareosBase64;
import org.jbareos.net.SharedData;
import org.junit.jupiter.api.Test;

/** The 72 recorded CRAM-MD5 exchanges of {@code cram-md5-vectors.txt} and the PROTOCOL.md §2.4 vector. */
class CramVectorTest {

  @Test
  void protocolSheetVector() {
    CramKey key = CramKey.fromPassword("secret");
    assertThat(key.secret()).isEqualTo("5ebe2294ecd0e0f08eab7690d2a6ee69");
    byte[] hmac = key.hmac("<1234567890.1700000000@R_DIRECTOR::bareos-dir>");
    assertThat(HexFormat.of().formatHex(hmac)).isEqualTo("c06452e19309c10ed3d212dd6f13d648");
    assertThat(BareosBase64.encode(hmac, false)).isEqualTo("wGRS45MJwQ/T0h/dbx/WSA");
    assertThat(CramChallenge.token(1234567890, 1700000000, "R_DIRECTOR::bareos-dir"))
        .isEqualTo("<1234567890.1700000000@R_DIRECTOR::bareos-dir>");
  }

  @Test
  void keysFromPasswordsLiteralsAndSessionKeys() {
    assertThat(CramKey.fromPassword("dir-secret").secret()).isEqualTo("5832d9ba1d4dd48772a999378cee2be7");
    assertThat(CramKey.fromConfiguredPassword("[md5]5832D9BA1D4DD48772A999378CEE2BE7").secret())
        .isEqualTo("5832D9BA1D4DD48772A999378CEE2BE7");
    assertThat(CramKey.fromConfiguredPassword("fd-secret").secret()).isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
    assertThat(CramKey.fromSessionKey("NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA").secret())
        .isEqualTo("NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA");
    assertThat(CramKey.fromPassword("x").toString()).doesNotContain(CramKey.fromPassword("x").secret());
  }

  @Test
  void ourResponderReproducesEveryRecordedResponse() throws Exception {
    var vectors = SharedData.cramVectors();
    assertThat(vectors).hasSize(72);
    for (var v : vectors) {
      CramChallenge challenge = CramChallenge.parse(v.challengeLine());
      assertThat(challenge.token()).as("vector %d", v.number()).isEqualTo(v.hmacMessage());
      assertThat(challenge.toWire()).isEqualTo(v.challengeLine());
      CramKey key = CramKey.fromSessionKey(v.keyString());
      byte[] ours = (BareosBase64.encode(key.hmac(challenge.token()), challenge.compatible()) + "\0")
          .getBytes(StandardCharsets.US_ASCII);
      byte[] recorded = v.response();
      if (recorded[recorded.length - 1] == 0) {
        assertThat(ours).as("vector %d", v.number()).isEqualTo(recorded);
      } else {
        // python-bareos sends no trailing NUL; the 22 digits are the same.
        assertThat(Arrays.copyOf(ours, 22)).as("vector %d", v.number()).isEqualTo(recorded);
      }
    }
  }

  @Test
  void ourChallengerAcceptsEveryRecordedResponseInBothEncodingsAndRejectsTheWrongOnes() throws Exception {
    int accepted = 0;
    int rejected = 0;
    for (var v : SharedData.cramVectors()) {
      CramChallenge challenge = CramChallenge.parse(v.challengeLine());
      // The key the challenger holds: for the wrong-password vectors the dir had MD5('dir-secret').
      boolean expectedOk = v.verdict().equals("1000 OK auth\n");
      CramKey challengerKey = expectedOk ? CramKey.fromSessionKey(v.keyString())
          : CramKey.fromPassword("dir-secret");
      assertThat(CramMd5Challenger.accepts(challengerKey, challenge.token(), v.response()))
          .as("vector %d", v.number()).isEqualTo(expectedOk);
      if (expectedOk) {
        byte[] standard = v.standardBase64().getBytes(StandardCharsets.US_ASCII);
        assertThat(CramMd5Challenger.accepts(challengerKey, challenge.token(), standard)).isTrue();
        byte[] standardWithNul = (v.standardBase64() + "\0\0").getBytes(StandardCharsets.US_ASCII);
        assertThat(CramMd5Challenger.accepts(challengerKey, challenge.token(), standardWithNul)).isTrue();
        accepted++;
      } else {
        rejected++;
      }
    }
    assertThat(accepted).isEqualTo(70);
    assertThat(rejected).isEqualTo(2);
  }

  @Test
  void challengeFormsTheResponderAccepts() throws Exception {
    CramChallenge compatible = CramChallenge.parse("auth cram-md5c <1.2@R_CLIENT::fd> ssl=2\n");
    assertThat(compatible.compatible()).isTrue();
    assertThat(compatible.tlsPolicy()).hasValue(2);
    CramChallenge oldest = CramChallenge.parse("auth cram-md5 <1.2@bareos-sd>\n");
    assertThat(oldest.tlsPolicy()).isEmpty();
    assertThat(oldest.toWire()).isEqualTo("auth cram-md5 <1.2@bareos-sd>\n");
    CramChallenge dump = CramChallenge.parse(
        "auth cram-md5 <1522876701.1562050758@bareos-sd> ssl=1 qualified-name=R_STORAGE::bareos-sd\n");
    assertThat(dump.qualifiedName()).hasValue("R_STORAGE::bareos-sd");
    assertThat(dump.challengerName()).isEqualTo("bareos-sd");
    CramChallenge extra = CramChallenge.parse("auth cram-md5 <1.2@x> ssl=0 something else\n");
    assertThat(extra.tlsPolicy()).hasValue(0);
    assertThat(CramChallenge.parse("auth cram-md5 <8053378693.1795313440@*UserAgent*> ssl=0\n").challengerName())
        .isEqualTo("*UserAgent*");
  }

  @Test
  void sessionKeyFormat() {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 16; i++) {
      bytes[i] = (byte) (i * 17 + 3);
    }
    String key = SessionKey.format(bytes);
    assertThat(key).hasSize(SessionKey.LENGTH).matches("([A-P]{4}-){7}[A-P]{4}");
    assertThat(key).startsWith("DAEB-");
    assertThat(new SessionKey(new java.util.Random(1)).next()).matches("([A-P]{4}-){7}[A-P]{4}");
  }
}
