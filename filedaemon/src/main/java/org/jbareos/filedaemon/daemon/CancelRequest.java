package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.dirfd.CancelCommand;
import org.jbareos.protocol.dirfd.CancelReply;

/**
 * {@code cancel Job=<job>} on a new Director connection ({@code filed/dir_cmd.cc CancelCmd}, PROTOCOL.md §5.1): the
 * job
 * is marked canceled and its SD connection cut, so that a transfer in progress ends; the answer is {@code 2001 Job
 * <job> marked to be canceled.} or {@code 2901 Job <job> not found.}, then an EOD. The session goes on.
 */
final class CancelRequest {

  private final BareosConnection director;
  private final RunningJobs jobs;

  CancelRequest(BareosConnection director, RunningJobs jobs) {
    this.director = director;
    this.jobs = jobs;
  }

  void answer(String text) throws IOException {
    CancelCommand command;
    try {
      command = CancelCommand.parse(text);
    } catch (ProtocolException e) {
      director.send(CancelReply.SCAN_ERROR);
      director.signal(Signal.EOD);
      return;
    }
    var job = jobs.find(command.job());
    job.ifPresent(JobSession::cancel);
    director.send(new CancelReply(command.job(), job.isPresent()).wireText());
    director.signal(Signal.EOD);
  }
}
