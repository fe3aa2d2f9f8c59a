package org.jbareos.protocol.fileset;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class OptionLettersTest {

  @Test
  void capturedAndSeedOptions() {
    // backup-full.txt: O MHAX (Signature = MD5, hardlinks = no, acl, xattr); seed: O MAX
    assertThat(OptionLetters.split("MHAX")).containsExactly("M", "H", "A", "X");
    assertThat(OptionLetters.signature("MHAX")).contains(DigestAlgorithm.MD5);
    assertThat(OptionLetters.has("MHAX", 'H')).isTrue();
    assertThat(OptionLetters.signature("MAX")).contains(DigestAlgorithm.MD5);
    assertThat(OptionLetters.compression("MAX")).isEmpty();
  }

  @Test
  void multiLetterOptions() {
    assertThat(OptionLetters.split("S2Z6Ea3d2Vpins5:Cmcs:P2:z>10k:Zf4eS"))
        .containsExactly("S2", "Z6", "Ea3", "d2", "Vpins5:", "Cmcs:", "P2:", "z>10k:", "Zf4", "e", "S");
    assertThat(OptionLetters.signature("S2")).contains(DigestAlgorithm.SHA256);
    assertThat(OptionLetters.signature("S3")).contains(DigestAlgorithm.SHA512);
    assertThat(OptionLetters.signature("S4")).contains(DigestAlgorithm.XXH128);
    assertThat(OptionLetters.signature("S")).contains(DigestAlgorithm.SHA1);
    assertThat(OptionLetters.signature("Zo")).isEmpty();
    assertThat(OptionLetters.compression("MZffs")).contains("Zff");
    assertThat(OptionLetters.split("Vpins5")).containsExactly("Vpins5");
  }
}
