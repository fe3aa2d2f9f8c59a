package org.jbareos.director.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The defaults the Director's job engine runs with. */
class JobEngineSettingsTest {

  /**
   * Bareos's job times are {@code time_t}: the Job row's StartTime and EndTime hold whole seconds, and {@code list
   * jobs} shows {@code 2026-11-22 04:50:16}, not {@code 04:50:16.874522} (found by the quick start's job list).
   */
  @Test
  void jobTimesHaveWholeSeconds() throws InterruptedException {
    JobEngineSettings settings = JobEngineSettings.of("bareos-dir");
    for (int i = 0; i < 5; i++) {
      assertThat(LocalDateTime.now(settings.clock()).getNano()).isZero();
      Thread.sleep(7);
    }
  }
}
