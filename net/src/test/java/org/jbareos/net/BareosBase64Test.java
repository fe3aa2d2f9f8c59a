package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BareosBase64Test {

  /** PROTOCOL.md §2.4 test vector: HMAC c06452e1... in both encodings. */
  @Test
  void protocolVectorInBothEncodings() {
    byte[] hmac = HexFormat.of().parseHex("c06452e19309c10ed3d212dd6f13d648");
    assertThat(BareosBase64.encode(hmac, false)).isEqualTo("wGRS45MJwQ/T0h/dbx/WSA");
    assertThat(BareosBase64.encode(hmac, true)).isEqualTo("wGRS4ZMJwQ7T0hLdbxPWSA");
  }

  @Test
  void everyCramVectorHmacEncodesToBothRecordedForms() throws Exception {
    var vectors = SharedData.cramVectors();
    assertThat(vectors).hasSize(72);
    for (var v : vectors) {
      byte[] hmac = hmac(javax.crypto.Mac.getInstance("HmacMD5"), v.keyString(), v.hmacMessage());
      assertThat(BareosBase64.encode(hmac, false)).as("vector %d", v.number()).isEqualTo(v.bareosBase64());
      assertThat(BareosBase64.encode(hmac, true)).as("vector %d", v.number()).isEqualTo(v.standardBase64());
    }
  }

  private static byte[] hmac(javax.crypto.Mac mac, String key, String message) throws Exception {
    mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "HmacMD5"));
    return mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void integerForm() {
    assertThat(BareosBase64.encodeInt(0)).isEqualTo("A");
    assertThat(BareosBase64.encodeInt(27)).isEqualTo("b");
    assertThat(BareosBase64.encodeInt(4096)).isEqualTo("BAA");
    assertThat(BareosBase64.encodeInt(33204)).isEqualTo("IG0");
    assertThat(BareosBase64.encodeInt(-1)).isEqualTo("-B");
    assertThat(BareosBase64.encodeInt(63)).isEqualTo("/");
    assertThat(BareosBase64.encodeInt(64)).isEqualTo("BA");
    assertThat(BareosBase64.decodeInt("IG0")).isEqualTo(33204);
    assertThat(BareosBase64.decodeInt("-BAA")).isEqualTo(-4096);
    assertThat(BareosBase64.decodeInt("BAA IG0")).isEqualTo(4096);
    assertThat(BareosBase64.decodeInt("b\0junk")).isEqualTo(27);
    assertThat(BareosBase64.decodeInt("")).isZero();
  }

  @Property(tries = 2000)
  void integerFormRoundTrips(@ForAll long value) {
    assertThat(BareosBase64.decodeInt(BareosBase64.encodeInt(value))).isEqualTo(value);
  }

  @Property(tries = 1000)
  void standardModeIsRfc4648WithoutPaddingAndDecodesBack(@ForAll byte[] data) {
    String encoded = BareosBase64.encode(data, true);
    assertThat(encoded).isEqualTo(Base64.getEncoder().withoutPadding().encodeToString(data));
    assertThat(BareosBase64.decode(encoded)).isEqualTo(data);
  }

  @Property(tries = 1000)
  void nonStandardModeEqualsStandardForSevenBitData(@ForAll byte[] data) {
    byte[] ascii = data.clone();
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] &= 0x7F;
    }
    // Without bytes >= 0x80 the sign extension changes nothing; only the unshifted tail digit differs.
    String standard = BareosBase64.encode(ascii, true);
    String bareos = BareosBase64.encode(ascii, false);
    assertThat(bareos).hasSameSizeAs(standard);
    int full = ascii.length * 8 / 6;
    assertThat(bareos.substring(0, full)).isEqualTo(standard.substring(0, full));
  }

  @Test
  void decodeStopsAtSpace() {
    assertThat(BareosBase64.decode("QUJD REVG")).isEqualTo("ABC".getBytes());
    assertThat(BareosBase64.decode("QUI")).isEqualTo("AB".getBytes());
    assertThat(BareosBase64.decode("")).isEmpty();
  }
}
