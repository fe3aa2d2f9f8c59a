package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The code tables of PROTOCOL.md §10: characters, wire integers and the round trip through both. */
class JobCodesTest {

  @Test
  void jobStatusMatchesTheTableOfProtocolSection10() {
    assertThat(JobStatus.values()).hasSize(26);
    assertThat(JobStatus.fromCode('T')).isEqualTo(JobStatus.TERMINATED);
    assertThat(JobStatus.TERMINATED.wireValue()).isEqualTo(84);
    assertThat(JobStatus.WARNINGS.wireValue()).isEqualTo(87);
    assertThat(JobStatus.RUNNING.wireValue()).isEqualTo(82);
    assertThat(JobStatus.WAIT_FD.wireValue()).isEqualTo(70);
    assertThat(JobStatus.WAIT_SD.wireValue()).isEqualTo(83);
    assertThat(JobStatus.fromWireValue(116)).isEqualTo(JobStatus.WAIT_START_TIME);
    assertThat(JobStatus.fromCode('f').meaning()).isEqualTo("Fatal error");
    assertThat(JobStatus.fromCode('i').meaning()).isEqualTo("Doing batch insert file records");
    assertThat(Arrays.stream(JobStatus.values()).filter(JobStatus::isSuccessful))
        .containsExactly(JobStatus.TERMINATED, JobStatus.WARNINGS);
  }

  @Test
  void jobTypeMatchesTheTableOfProtocolSection10() {
    assertThat(JobType.values()).hasSize(13);
    assertThat(JobType.BACKUP.wireValue()).isEqualTo(66);
    assertThat(JobType.RESTORE.wireValue()).isEqualTo(82);
    assertThat(JobType.fromCode('c')).isEqualTo(JobType.COPY);
    assertThat(JobType.fromCode('C')).isEqualTo(JobType.JOB_COPY);
    assertThat(JobType.fromCode('g')).isEqualTo(JobType.MIGRATE);
    assertThat(JobType.fromWireValue(79)).isEqualTo(JobType.CONSOLIDATE);
    assertThat(JobType.JOB_COPY.meaning()).isEqualTo("Job Copy");
  }

  @Test
  void jobLevelMatchesTheTableOfProtocolSection10() {
    assertThat(JobLevel.values()).hasSize(12);
    assertThat(JobLevel.FULL.wireValue()).isEqualTo(70);
    assertThat(JobLevel.INCREMENTAL.wireValue()).isEqualTo(73);
    assertThat(JobLevel.DIFFERENTIAL.wireValue()).isEqualTo(68);
    assertThat(JobLevel.NONE.wireValue()).isEqualTo(32);
    assertThat(JobLevel.fromCode(' ')).isEqualTo(JobLevel.NONE);
    assertThat(JobLevel.fromCode('f')).isEqualTo(JobLevel.VIRTUAL_FULL);
    assertThat(JobLevel.fromCode('d')).isEqualTo(JobLevel.DISK_TO_CATALOG);
  }

  @Test
  void unknownCodesAreRejectedWithTheCodeInTheMessage() {
    assertThatThrownBy(() -> JobStatus.fromCode('Z')).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Z'");
    assertThatThrownBy(() -> JobType.fromCode('x')).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    assertThatThrownBy(() -> JobLevel.fromCode('z')).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z'");
    assertThatThrownBy(() -> JobLevel.fromWireValue(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesAreUniqueWithinEachTable() {
    assertThat(Arrays.stream(JobStatus.values()).map(JobStatus::code)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(JobType.values()).map(JobType::code)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(JobLevel.values()).map(JobLevel::code)).doesNotHaveDuplicates();
  }

  @Property
  void everyStatusRoundTripsThroughItsCodeAndWireValue(@ForAll JobStatus status) {
    assertThat(JobStatus.fromCode(status.code())).isEqualTo(status);
    assertThat(JobStatus.fromWireValue(status.wireValue())).isEqualTo(status);
  }

  @Property
  void everyTypeRoundTripsThroughItsCodeAndWireValue(@ForAll JobType type) {
    assertThat(JobType.fromCode(type.code())).isEqualTo(type);
    assertThat(JobType.fromWireValue(type.wireValue())).isEqualTo(type);
  }

  @Property
  void everyLevelRoundTripsThroughItsCodeAndWireValue(@ForAll JobLevel level) {
    assertThat(JobLevel.fromCode(level.code())).isEqualTo(level);
    assertThat(JobLevel.fromWireValue(level.wireValue())).isEqualTo(level);
  }
}
