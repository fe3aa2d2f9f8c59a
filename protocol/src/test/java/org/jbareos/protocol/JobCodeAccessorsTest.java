package org.jbareos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.JobStatusMessage;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.fdsd.CloseStatusReply;
import org.junit.jupiter.api.Test;

/** The integer codes on the wire read as the code tables of PROTOCOL.md §10. */
class JobCodeAccessorsTest {

  @Test
  void codesOfTheRecordedMessages() throws ProtocolException {
    SdJobCommand restore =
        SdJobCommand.parse(Recorded.startingWith("dir", "sd", "JobId=3 ").get(0).text());
    assertThat(restore.jobType()).isEqualTo(JobType.fromCode('R'));
    assertThat(restore.jobLevel()).isEqualTo(JobLevel.fromCode(' '));
    assertThat(JobStatusMessage.parse("Status Job=j JobStatus=70\n").status()).isEqualTo(JobStatus.WAIT_FD);
    assertThat(JobEndMessage.parse("3099 Job j end JobStatus=84 JobFiles=0 JobBytes=0 JobErrors=0\n").status())
        .isEqualTo(JobStatus.TERMINATED);
    assertThat(CloseStatusReply.parse("3000 OK close Status = 82\n").status()).isEqualTo(JobStatus.RUNNING);
    assertThat(new EndJobReport('T', 1, 1, 1, 0, false, false).status()).isEqualTo(JobStatus.TERMINATED);
    assertThatThrownBy(() -> new CloseStatusReply(1).status()).isInstanceOf(IllegalArgumentException.class);
  }
}
