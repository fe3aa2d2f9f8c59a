package org.jbareos.storage.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.PeerDirectory;
import org.jbareos.net.session.SessionRefusedException;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.status.TerminatedJobs;

/**
 * The Storage Daemon's running jobs, by unique job name ({@code lib/jcr.cc} job list, {@code stored/job.cc}):
 *
 * <ul>
 *   <li>{@link #create} answers a {@code JobId=} command: a new VolSessionId (a counter from 1 per SD start),
 *       VolSessionTime = the SD's start time, and a new session key ({@code MakeSessionKey}); a {@code rerunning=1}
 *       job keeps the VolSessionId/Time the Director sends (PROTOCOL.md §6.1);
 *   <li>{@link #sessionKey} / {@link #fileDaemonPeers} give the connection layer the key a File Daemon's {@code Hello
 *       Start Job <job>} must authenticate with (CRAM-MD5 key and TLS-PSK secret, PROTOCOL.md §7.1);
 *   <li>{@link #attachFileDaemon} hands the authenticated connection to the job and refuses a second one.
 * </ul>
 */
public final class JobRegistry {
  private final long volSessionTime;
  private final AtomicLong lastVolSessionId;
  private final SessionKey keys;
  private final Map<String, SdJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong finished = new AtomicLong();
  private final TerminatedJobs terminated = new TerminatedJobs();

  /** A registry for an SD started at {@code startTime} (seconds since the epoch). */
  public JobRegistry(long startTime, SessionKey keys) {
    this(startTime, 0, keys);
  }

  /**
   * A registry whose next VolSessionId is {@code lastVolSessionId + 1} (tests replay a recording in which the SD had
   * already run jobs).
   */
  public JobRegistry(long startTime, long lastVolSessionId, SessionKey keys) {
    this.volSessionTime = startTime;
    this.lastVolSessionId = new AtomicLong(lastVolSessionId);
    this.keys = keys;
  }

  /** The SD start time, every job's VolSessionTime. */
  public long volSessionTime() {
    return volSessionTime;
  }

  /** Registers the job of a {@code JobId=} command; a job of the same name that no FD reached yet is replaced. */
  public SdJob create(SdJobCommand command) {
    SdJob job = command.rerunning()
        ? new SdJob(command, command.volSessionId(), command.volSessionTime(), keys.next())
        : new SdJob(command, lastVolSessionId.incrementAndGet(), volSessionTime, keys.next());
    jobs.put(command.job(), job);
    return job;
  }

  public Optional<SdJob> find(String job) {
    return Optional.ofNullable(jobs.get(job));
  }

  /** A job by its JobId (the Director may name a job by number, {@code cancel Job=3}). */
  public Optional<SdJob> find(long jobId) {
    return jobs.values().stream().filter(j -> j.jobId() == jobId).findFirst();
  }

  /** The session key a File Daemon must use for {@code job}: empty for an unknown job or one already connected. */
  public Optional<String> sessionKey(String job) {
    return find(job).filter(j -> !j.fileDaemonAttached()).map(SdJob::sessionKey);
  }

  /**
   * The lookup the connection layer uses for {@code Hello Start Job <job>} ({@code R_JOB} peers): the job's session
   * key as CRAM-MD5 key, with the given TLS policy.
   */
  public PeerDirectory fileDaemonPeers(TlsPolicy policy) {
    return (type, name) -> type != ResourceType.JOB
        ? Optional.empty()
        : sessionKey(name).map(key -> new PeerCredentials(new QualifiedName(ResourceType.JOB, name),
            CramKey.fromSessionKey(key), policy));
  }

  /**
   * Hands an authenticated File Daemon connection to its job.
   *
   * @throws SessionRefusedException for an unknown job ({@code FD connect failed: Job name not found}) or a job that
   *     already has its File Daemon
   */
  public SdJob attachFileDaemon(String job, BareosConnection connection) throws SessionRefusedException {
    SdJob sdJob = jobs.get(job);
    if (sdJob == null) {
      throw new SessionRefusedException("FD connect failed: Job name not found: " + job);
    }
    if (!sdJob.attachFileDaemon(connection)) {
      throw new SessionRefusedException("JobId " + sdJob.jobId() + " Job " + job + " already authenticated.");
    }
    return sdJob;
  }

  /** Forgets a job that ended. */
  public void remove(SdJob job) {
    jobs.remove(job.job(), job);
  }

  /** A job whose session ended: it leaves the registry and joins the terminated jobs {@code status} lists. */
  public void ended(SdJob job, LocalDateTime end) {
    if (jobs.remove(job.job(), job)) {
      finished.incrementAndGet();
      SdJobCommand command = job.command();
      terminated.add(new TerminatedJobs.Job(job.jobId(), job.job(), command.jobType(), command.jobLevel(),
          job.jobFiles(), job.jobBytes(), job.status(), end));
    }
  }

  /** The jobs known now, for {@code status}. */
  public List<SdJob> all() {
    return List.copyOf(jobs.values());
  }

  /** How many jobs ended since the daemon started ({@code Jobs: run=}). */
  public long finishedCount() {
    return finished.get();
  }

  /** The last jobs that ended. */
  public TerminatedJobs terminated() {
    return terminated;
  }

  /** The number of jobs known. */
  public int size() {
    return jobs.size();
  }
}
