package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.net.session.SessionRefusedException;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.storage.LoopbackPair;
import org.junit.jupiter.api.Test;

/** The SD's job table: session ids and keys of {@code JobId=}, and the hand-over of File Daemon connections. */
class JobRegistryTest {
  private static SdJobCommand command(int jobId, String job, boolean rerunning, long id, long time) {
    return new SdJobCommand(jobId, job, "backup-bareos-fd", "bareos-fd", 'B', 'F', "TestSet", false, false,
        SdJobCommand.DUMMY_MD5, false, true, 0, rerunning, id, time, 0, 0, SdJobCommand.NATIVE);
  }

  @Test
  void volSessionIdCountsUpAndVolSessionTimeIsTheStartTime() {
    JobRegistry jobs = new JobRegistry(1_795_313_292L, new SessionKey(new Random(1)));
    SdJob first = jobs.create(command(1, "a.1", false, 0, 0));
    SdJob second = jobs.create(command(2, "b.2", false, 0, 0));
    assertThat(first.volSessionId()).isEqualTo(1);
    assertThat(second.volSessionId()).isEqualTo(2);
    assertThat(second.volSessionTime()).isEqualTo(1_795_313_292L);
    assertThat(first.sessionKey()).matches("[A-P]{4}(-[A-P]{4}){7}").isNotEqualTo(second.sessionKey());
  }

  @Test
  void rerunningJobKeepsTheSessionTheDirectorSends() {
    JobRegistry jobs = new JobRegistry(1_795_313_292L, new SessionKey());
    SdJob rerun = jobs.create(command(3, "c.3", true, 7, 1_700_000_000L));
    assertThat(rerun.volSessionId()).isEqualTo(7);
    assertThat(rerun.volSessionTime()).isEqualTo(1_700_000_000L);
  }

  @Test
  void fileDaemonOfAnUnknownJobIsRefused() throws Exception {
    JobRegistry jobs = new JobRegistry(1L, new SessionKey());
    try (LoopbackPair fd = LoopbackPair.open()) {
      assertThatThrownBy(() -> jobs.attachFileDaemon("nosuchjob.2026", fd.storageSide()))
          .isInstanceOf(SessionRefusedException.class)
          .hasMessageContaining("Job name not found: nosuchjob.2026");
    }
    assertThat(jobs.sessionKey("nosuchjob.2026")).isEmpty();
    assertThat(jobs.fileDaemonPeers(TlsPolicy.NONE).find(ResourceType.JOB, "nosuchjob.2026")).isEmpty();
  }

  @Test
  void secondFileDaemonConnectionForAJobIsRefused() throws Exception {
    JobRegistry jobs = new JobRegistry(1L, new SessionKey());
    SdJob job = jobs.create(command(1, "a.1", false, 0, 0));
    var peer = jobs.fileDaemonPeers(TlsPolicy.NONE).find(ResourceType.JOB, "a.1").orElseThrow();
    assertThat(peer.key().secret()).isEqualTo(job.sessionKey());
    assertThat(jobs.fileDaemonPeers(TlsPolicy.NONE).find(ResourceType.CLIENT, "a.1")).isEmpty();
    try (LoopbackPair first = LoopbackPair.open(); LoopbackPair second = LoopbackPair.open()) {
      assertThat(jobs.attachFileDaemon("a.1", first.storageSide())).isSameAs(job);
      assertThatThrownBy(() -> jobs.attachFileDaemon("a.1", second.storageSide()))
          .isInstanceOf(SessionRefusedException.class)
          .hasMessageContaining("already authenticated");
    }
    assertThat(job.fileDaemonAttached()).isTrue();
    assertThat(jobs.sessionKey("a.1")).isEmpty();
    jobs.remove(job);
    assertThat(jobs.find("a.1")).isEmpty();
  }
}
