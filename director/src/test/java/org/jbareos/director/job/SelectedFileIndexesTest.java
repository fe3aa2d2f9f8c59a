package org.jbareos.director.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectedFileIndexesTest {

  @Test
  void eachJobsIndexesComeSortedAndDistinctWhateverOrderTheyWereAddedIn() {
    SelectedFileIndexes selected = new SelectedFileIndexes();
    assertThat(selected.isEmpty()).isTrue();
    selected.add(7, 3);
    selected.add(7, 1);
    selected.add(2, 9);
    selected.add(7, 3);
    selected.add(2, 4);
    selected.add(7, 2);
    assertThat(selected.jobIds()).containsExactly(2L, 7L);
    assertThat(selected.of(7)).containsExactly(1, 2, 3);
    assertThat(selected.of(2)).containsExactly(4, 9);
    assertThat(selected.of(5)).isEmpty();
    // adding after a read sorts again
    selected.add(2, 1);
    assertThat(selected.of(2)).containsExactly(1, 4, 9);
  }

  @Test
  void lowerBoundIsThePositionOfTheFirstIndexNotBelowTheValue() {
    int[] indexes = {2, 4, 9};
    assertThat(SelectedFileIndexes.lowerBound(indexes, 1)).isZero();
    assertThat(SelectedFileIndexes.lowerBound(indexes, 4)).isEqualTo(1);
    assertThat(SelectedFileIndexes.lowerBound(indexes, 5)).isEqualTo(2);
    assertThat(SelectedFileIndexes.lowerBound(indexes, 10)).isEqualTo(3);
  }
}
