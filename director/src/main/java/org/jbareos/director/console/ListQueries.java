package org.jbareos.director.console;

/**
 * The catalog queries behind {@code list} and {@code llist} ({@code cats/sql_list.cc}, {@code cats/dml/0006_list_jobs},
 * {@code 0007_list_jobs_long}, {@code 0076_list_volumes_select_0}, {@code 0077_list_volumes_select_long_0}, {@code
 * 0070_list_joblog_2}). Column names and order are Bareos's, so the JSON keys are too.
 */
final class ListQueries {

  private ListQueries() {}

  private static final String DURATION = "CASE WHEN Job.endtime IS NOT NULL AND Job.endtime >= Job.starttime"
      + " THEN Job.endtime - Job.starttime ELSE CURRENT_TIMESTAMP(0) - Job.starttime END as Duration";

  private static final String JOB_JOINS = " FROM Job LEFT JOIN Client ON Client.ClientId=Job.ClientId"
      + " LEFT JOIN JobMedia ON JobMedia.JobId=Job.JobId LEFT JOIN Media ON JobMedia.MediaId=Media.MediaId"
      + " LEFT JOIN FileSet ON FileSet.FileSetId=Job.FileSetId";

  /** {@code list jobs}: {@code condition} adds {@code AND ...} terms, {@code order} a direction and range. */
  static String jobs(String condition, String order) {
    return "SELECT DISTINCT Job.JobId,Job.Name, Client.Name as Client, Job.StartTime, " + DURATION
        + ", Job.Type,Job.Level,Job.JobFiles,Job.JobBytes,Job.JobStatus" + JOB_JOINS + " WHERE Job.JobId > 0 "
        + condition + " ORDER BY StartTime" + order;
  }

  /** {@code llist jobs}. */
  static String jobsLong(String condition, String order) {
    return "SELECT DISTINCT Job.JobId, Job.Job, Job.Name, Job.PurgedFiles, Job.Type, Job.Level, Job.ClientId,"
        + " Client.Name as Client, Job.JobStatus, Job.SchedTime, Job.StartTime, Job.EndTime,Job.RealEndtime, "
        + DURATION + ", Job.JobTDate, Job.VolSessionId, Job.VolSessionTime, Job.JobFiles, Job.JobBytes,"
        + " Job.JobErrors, Job.JobMissingFiles, Job.PoolId, Pool.Name as PoolName, Job.PriorJobId, Job.FileSetId,"
        + " FileSet.FileSet FROM Job LEFT JOIN Client ON Client.ClientId=Job.ClientId"
        + " LEFT JOIN Pool ON Pool.PoolId=Job.PoolId LEFT JOIN JobMedia ON JobMedia.JobId=Job.JobId"
        + " LEFT JOIN Media ON JobMedia.MediaId=Media.MediaId LEFT JOIN FileSet ON FileSet.FileSetId=Job.FileSetId"
        + " WHERE Job.JobId > 0 " + condition + " ORDER BY StartTime" + order;
  }

  static final String POOLS = "SELECT PoolId,Name,NumVols,MaxVols,PoolType,LabelFormat FROM Pool ORDER BY PoolId";

  static final String POOLS_LONG = "SELECT PoolId,Name,NumVols,MaxVols,UseOnce,UseCatalog,AcceptAnyVolume,"
      + "VolRetention,VolUseDuration,MaxVolJobs,MaxVolBytes,AutoPrune,Recycle,PoolType,LabelFormat,Enabled,"
      + "ScratchPoolId,RecyclePoolId,LabelType FROM Pool ORDER BY PoolId";

  static final String CLIENTS = "SELECT ClientId,Name,FileRetention,JobRetention FROM Client ORDER BY ClientId ";

  static final String CLIENTS_LONG = "SELECT ClientId,Name,Uname,AutoPrune,FileRetention,JobRetention"
      + " FROM Client ORDER BY ClientId ";

  /** {@code GetPoolIds}: no ORDER BY, the pools come in the order the server stores them. */
  static final String POOL_IDS = "SELECT PoolId, Name FROM Pool";

  static final String VOLUMES = "SELECT MediaId,VolumeName,VolStatus,Enabled, VolBytes,VolFiles,VolRetention,"
      + "Recycle,Slot,InChanger, MediaType,LastWritten,Name AS Storage,"
      + " CASE WHEN COALESCE(Media.EncryptionKey, '') = '' THEN 0 ELSE 1 END AS HasEncryptionKey"
      + " FROM Media LEFT JOIN Storage USING(StorageId) WHERE PoolId=? ORDER BY MediaId";

  static final String VOLUMES_LONG = "SELECT Media.MediaId, Media.VolumeName, Media.Slot, Media.PoolId,"
      + " (SELECT Name FROM Pool WHERE Pool.PoolId=Media.PoolId) AS Pool, Media.MediaType, Media.FirstWritten,"
      + " Media.LastWritten, Media.LabelDate, Media.VolJobs, Media.VolFiles, Media.VolBlocks, Media.VolMounts,"
      + " Media.VolBytes, Media.VolErrors, Media.VolWrites, Media.VolCapacityBytes, Media.VolStatus, Media.Enabled,"
      + " Media.Recycle, Media.VolRetention, Media.VolUseDuration, Media.MaxVolJobs, Media.MaxVolFiles,"
      + " Media.MaxVolBytes, Media.InChanger, Media.EndFile, Media.EndBlock, Media.LabelType, Media.StorageId,"
      + " Media.DeviceId, Media.LocationId, Media.RecycleCount, Media.InitialWrite, Media.ScratchPoolId,"
      + " (SELECT Name FROM Pool WHERE Pool.PoolId=Media.ScratchPoolId) AS ScratchPool, Media.RecyclePoolId,"
      + " (SELECT Name FROM Pool WHERE Pool.PoolId=Media.RecyclePoolId) AS RecyclePool, Media.Comment,"
      + " Storage.Name AS Storage FROM Media LEFT JOIN Storage USING(StorageId) WHERE PoolId=? ORDER BY MediaId";

  static final String FILES = "SELECT Path.Path||Name AS Filename FROM (SELECT PathId, Name FROM File WHERE JobId=?"
      + " UNION ALL SELECT PathId, Name FROM BaseFiles JOIN File ON (BaseFiles.FileId = File.FileId)"
      + " WHERE BaseFiles.JobId = ?) AS F, Path WHERE Path.PathId=F.PathId ";

  static final String JOBLOG = "SELECT Time, LogText FROM Log WHERE Log.JobId=? ORDER BY Log.LogId";

  static final String JOBMEDIA = "SELECT JobId,Media.VolumeName,FirstIndex,LastIndex FROM JobMedia,Media"
      + " WHERE Media.MediaId=JobMedia.MediaId ";

  static final String JOBMEDIA_LONG = "SELECT JobMediaId,JobId,Media.MediaId,Media.VolumeName,FirstIndex,"
      + "LastIndex,StartFile,JobMedia.EndFile,StartBlock,JobMedia.EndBlock FROM JobMedia,Media"
      + " WHERE Media.MediaId=JobMedia.MediaId ";
}
