package org.jbareos.protocol;

/**
 * A job's status as Bareos codes it ({@code include/job_status.h}, PROTOCOL.md §10).
 *
 * <p>The catalog stores the character ({@code Job.JobStatus CHAR(1)}); the daemons send its integer value
 * ({@code Status Job=... JobStatus=82}, {@code 3099 Job ... end JobStatus=84}). The texts are the ones Bareos
 * puts into the catalog's {@code Status} table ({@code cats/ddl/creates/postgresql.sql}), so a console listing
 * reads the same as Bareos's.
 */
public enum JobStatus implements CharCode {
  CANCELED('A', "Canceled by user"),
  BLOCKED('B', "Blocked"),
  CREATED('C', "Created, not yet running"),
  DIFFERENCES('D', "Verify found differences"),
  ERROR_TERMINATED('E', "Terminated with errors"),
  WAIT_FD('F', "Waiting for Client"),
  INCOMPLETE('I', "Incomplete job"),
  DATA_COMMITTING('L', "Committing data"),
  WAIT_MOUNT('M', "Waiting for media mount"),
  RUNNING('R', "Running"),
  WAIT_SD('S', "Waiting for Storage daemon"),
  TERMINATED('T', "Completed successfully"),
  WARNINGS('W', "Terminated with warnings"),
  ATTR_DESPOOLING('a', "SD despooling attributes"),
  WAIT_CLIENT_RES('c', "Waiting for client resource"),
  WAIT_MAX_JOBS('d', "Waiting on maximum jobs"),
  ERROR('e', "Non-fatal error"),
  FATAL_ERROR('f', "Fatal error"),
  ATTR_INSERTING('i', "Doing batch insert file records"),
  WAIT_JOB_RES('j', "Waiting for job resource"),
  DATA_DESPOOLING('l', "Doing data despooling"),
  WAIT_MEDIA('m', "Waiting for new media"),
  WAIT_PRIORITY('p', "Waiting on higher priority jobs"),
  WAIT_DEVICE('q', "Queued waiting for device"),
  WAIT_STORE_RES('s', "Waiting for storage resource"),
  WAIT_START_TIME('t', "Waiting on start time");

  private static final CharCodeTable<JobStatus> TABLE = new CharCodeTable<>(JobStatus.class, "job status");

  private final char code;
  private final String meaning;

  JobStatus(char code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The character stored in the catalog, e.g. {@code 'T'}. */
  @Override
  public char code() {
    return code;
  }

  /** Bareos's text for this status, as in its catalog's {@code Status.JobStatusLong}. */
  @Override
  public String meaning() {
    return meaning;
  }

  /**
   * A job that ended well. The FD treats an SD close status of T or W as OK (PROTOCOL.md §10), and the catalog
   * queries that look for prior jobs select {@code JobStatus IN ('T','W')} ({@code cats/sql_find.cc}).
   */
  public boolean isSuccessful() {
    return this == TERMINATED || this == WARNINGS;
  }

  /** The entry for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  public static JobStatus fromCode(char code) {
    return TABLE.fromCode(code);
  }

  /** The status for the integer sent on the wire ({@code JobStatus=84}). */
  public static JobStatus fromWireValue(int value) {
    return TABLE.fromWireValue(value);
  }
}
