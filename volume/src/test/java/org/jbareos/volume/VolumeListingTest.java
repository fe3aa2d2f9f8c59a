package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.jbareos.protocol.attributes.SystemNames;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our bls-like listing against the real bls output of the golden volumes, line by line. */
class VolumeListingTest {

  /**
   * The recording host ran on UTC (VolSessionTime 1795313292 = 2026-11-22 02:08:12 UTC, just before the job names'
   * 02.09.08); owner names come from this machine's /etc/passwd, as bls took them from its host (uid 0 = root).
   */
  private static VolumeListing listing() throws Exception {
    SystemNames names = SystemNames.system();
    return new VolumeListing(ZoneOffset.UTC, names::user, names::group);
  }

  private static List<String> nonBlankLines(CharSequence text) {
    return Arrays.stream(text.toString().split("\n")).filter(l -> !l.isBlank()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void jobListingEqualsBlsJV(String volume) throws Exception {
    BlsText bls = BlsText.load(volume);
    StringBuilder out = new StringBuilder();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      listing().listJobs(r, out);
    }
    assertThat(bls.jobListingLines).hasSizeGreaterThan(40);
    assertThat(nonBlankLines(out)).containsExactlyElementsOf(bls.jobListingLines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void recordListingEqualsBlsV(String volume) throws Exception {
    BlsText bls = BlsText.load(volume);
    StringBuilder out = new StringBuilder();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      listing().listRecords(r, out);
    }
    assertThat(bls.verboseListingLines).hasSizeGreaterThan(10);
    assertThat(nonBlankLines(out)).containsExactlyElementsOf(bls.verboseListingLines);
  }

  @Test
  void streamNamesFollowStreamToAscii() {
    assertThat(StreamNames.of(1, 1)).isEqualTo("UATTR");
    assertThat(StreamNames.of(-2, 1)).isEqualTo("contDATA");
    assertThat(StreamNames.of(7, -4)).isEqualTo("7");
    assertThat(StreamNames.of(1234, 3)).isEqualTo("1234");
    assertThat(UnixAttributes.mode(0100644)).isEqualTo("-rw-r--r--");
    assertThat(UnixAttributes.mode(0041777)).isEqualTo("drwxrwxrwt");
    assertThat(UnixAttributes.fromBase64("IGk")).isEqualTo(0100644);
    assertThat(UnixAttributes.fromBase64("-B")).isEqualTo(-1);
  }
}
