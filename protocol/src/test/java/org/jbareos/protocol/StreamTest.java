package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StreamTest {

  @Test
  void knownValuesFromProtocolSection10() {
    assertThat(Stream.fromValue(1)).contains(Stream.UNIX_ATTRIBUTES);
    assertThat(Stream.fromValue(2)).contains(Stream.FILE_DATA);
    assertThat(Stream.fromValue(3)).contains(Stream.MD5_DIGEST);
    assertThat(Stream.fromValue(29)).contains(Stream.COMPRESSED_DATA);
    assertThat(Stream.fromValue(40)).contains(Stream.XXH128_DIGEST);
    assertThat(Stream.fromValue(999)).contains(Stream.NDMP_SEPARATOR);
    assertThat(Stream.fromValue(1008)).contains(Stream.ACL_LINUX_ACCESS_ACL);
    assertThat(Stream.fromValue(1998)).contains(Stream.XATTR_LINUX);
    assertThat(Stream.UNIX_ATTRIBUTES.bareosName()).isEqualTo("STREAM_UNIX_ATTRIBUTES");
    assertThat(Stream.MD5_DIGEST.value()).isEqualTo(3);
  }

  @Test
  void unknownValuesAreRepresentableAsEmpty() {
    assertThat(Stream.fromValue(34)).isEmpty();
    assertThat(Stream.fromValue(-2)).isEmpty();
    assertThat(Stream.fromValue(2000)).isEmpty();
  }

  @Test
  void flagBitsAreMaskedOffByFromMasked() {
    int pluginData = Stream.BIT_PLUGIN | Stream.FILE_DATA.value();
    assertThat(Stream.fromValue(pluginData)).isEmpty();
    assertThat(Stream.fromMasked(pluginData)).contains(Stream.FILE_DATA);
    assertThat(Stream.TYPE_MASK).isEqualTo(0x7FF);
  }

  @Test
  void valuesAndNamesAreUniqueAndNamesFollowTheHeader() {
    Set<Integer> values = Arrays.stream(Stream.values()).map(Stream::value).collect(Collectors.toSet());
    assertThat(values).hasSize(Stream.values().length);
    for (Stream s : Stream.values()) {
      assertThat(s.bareosName()).isEqualTo("STREAM_" + s.name());
      assertThat(s.value() & ~Stream.TYPE_MASK).isZero();
    }
  }

  @Property
  void fromValueRoundTripsEveryKnownValue(@ForAll int value) {
    Stream.fromValue(value).ifPresent(s -> assertThat(s.value()).isEqualTo(value));
    for (Stream s : Stream.values()) {
      assertThat(Stream.fromValue(s.value())).contains(s);
    }
  }
}
