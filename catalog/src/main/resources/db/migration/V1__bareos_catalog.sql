-- The Bareos catalog on PostgreSQL, catalog version 2250 (Bareos's current one).
--
-- Table and column names and types are the facts of Bareos's PostgreSQL catalog
-- (core/src/cats/ddl/creates/postgresql.sql); identifiers are unquoted, so PostgreSQL folds them to lower case
-- exactly as it does for a Bareos catalog, and SQL written against Bareos's catalog runs here unchanged.
-- Times are TIMESTAMP WITHOUT TIME ZONE in the Director's local time, as Bareos writes them; JobTDate is the
-- job's start as Unix seconds.

-- Directory names, with their trailing slash. A file's row keeps its directory's PathId and its own Name.
CREATE TABLE path (
  pathid  SERIAL NOT NULL PRIMARY KEY,
  path    TEXT   NOT NULL
);
ALTER TABLE path ALTER COLUMN path SET STATISTICS 1000;
CREATE UNIQUE INDEX path_name_idx ON path (path);

-- One row per file version saved by a job. FileIndex 0 marks a file deleted since the previous job
-- (accurate mode); Name is '' for a directory's own entry.
CREATE TABLE file (
  fileid     BIGSERIAL   NOT NULL PRIMARY KEY,
  fileindex  INTEGER     NOT NULL DEFAULT 0,
  jobid      INTEGER     NOT NULL,
  pathid     INTEGER     NOT NULL,
  deltaseq   SMALLINT    NOT NULL DEFAULT 0,
  markid     INTEGER     NOT NULL DEFAULT 0,
  fhinfo     NUMERIC(20) NOT NULL DEFAULT 0,
  fhnode     NUMERIC(20) NOT NULL DEFAULT 0,
  lstat      TEXT        NOT NULL,
  md5        TEXT        NOT NULL,
  name       TEXT        NOT NULL
);
CREATE INDEX file_jpfid_idx ON file (jobid, pathid, name);
CREATE INDEX file_pjidpart_idx ON file (pathid, jobid) WHERE fileindex = 0 AND name = '';

CREATE TABLE restoreobject (
  restoreobjectid    SERIAL  NOT NULL PRIMARY KEY,
  objectname         TEXT    NOT NULL,
  restoreobject      BYTEA   NOT NULL,
  pluginname         TEXT    NOT NULL,
  objectlength       INTEGER DEFAULT 0,
  objectfulllength   INTEGER DEFAULT 0,
  objectindex        INTEGER DEFAULT 0,
  objecttype         INTEGER DEFAULT 0,
  fileindex          INTEGER DEFAULT 0,
  jobid              INTEGER,
  objectcompression  INTEGER DEFAULT 0
);
CREATE INDEX restore_jobid_idx ON restoreobject (jobid);

CREATE TABLE job (
  jobid            SERIAL   NOT NULL PRIMARY KEY,
  job              TEXT     NOT NULL,
  name             TEXT     NOT NULL,
  type             CHAR(1)  NOT NULL,
  level            CHAR(1)  NOT NULL,
  clientid         INTEGER  DEFAULT 0,
  jobstatus        CHAR(1)  NOT NULL,
  schedtime        TIMESTAMP WITHOUT TIME ZONE,
  starttime        TIMESTAMP WITHOUT TIME ZONE,
  endtime          TIMESTAMP WITHOUT TIME ZONE,
  realendtime      TIMESTAMP WITHOUT TIME ZONE,
  jobtdate         BIGINT   DEFAULT 0,
  volsessionid     INTEGER  DEFAULT 0,
  volsessiontime   INTEGER  DEFAULT 0,
  jobfiles         INTEGER  DEFAULT 0,
  jobbytes         BIGINT   DEFAULT 0,
  readbytes        BIGINT   DEFAULT 0,
  joberrors        INTEGER  DEFAULT 0,
  jobmissingfiles  INTEGER  DEFAULT 0,
  poolid           INTEGER  DEFAULT 0,
  filesetid        INTEGER  DEFAULT 0,
  priorjobid       INTEGER  DEFAULT 0,
  purgedfiles      SMALLINT DEFAULT 0,
  hasbase          SMALLINT DEFAULT 0,
  hascache         SMALLINT DEFAULT 0,
  reviewed         SMALLINT DEFAULT 0,
  comment          TEXT
);
CREATE INDEX job_name_idx ON job (name);

-- Long-term job statistics: the same columns as Job (Bareos creates it LIKE Job, without the key).
CREATE TABLE jobhisto (LIKE job);
CREATE INDEX jobhisto_idx ON jobhisto (starttime);

CREATE TABLE location (
  locationid  SERIAL   NOT NULL PRIMARY KEY,
  location    TEXT     NOT NULL,
  cost        INTEGER  DEFAULT 0,
  enabled     SMALLINT
);

CREATE TABLE fileset (
  filesetid    SERIAL NOT NULL PRIMARY KEY,
  fileset      TEXT   NOT NULL,
  filesettext  TEXT   DEFAULT '',
  md5          TEXT   NOT NULL,
  createtime   TIMESTAMP WITHOUT TIME ZONE NOT NULL
);
CREATE INDEX fileset_name_idx ON fileset (fileset);

-- Where a job's records lie on a volume. On disk volumes Start/EndFile hold the high and Start/EndBlock the low
-- 32 bits of the byte address (PROTOCOL.md §6.2, CreateJobMedia).
CREATE TABLE jobmedia (
  jobmediaid  SERIAL      NOT NULL PRIMARY KEY,
  jobid       INTEGER     NOT NULL,
  mediaid     INTEGER     NOT NULL,
  firstindex  INTEGER     DEFAULT 0,
  lastindex   INTEGER     DEFAULT 0,
  startfile   INTEGER     DEFAULT 0,
  endfile     INTEGER     DEFAULT 0,
  startblock  BIGINT      DEFAULT 0,
  endblock    BIGINT      DEFAULT 0,
  jobbytes    NUMERIC(20) DEFAULT 0,
  volindex    INTEGER     DEFAULT 0
);
CREATE INDEX job_media_job_id_media_id_idx ON jobmedia (jobid, mediaid);
CREATE INDEX job_media_media_id_job_id_idx ON jobmedia (mediaid, jobid);

CREATE TABLE media (
  mediaid           SERIAL   NOT NULL PRIMARY KEY,
  volumename        TEXT     NOT NULL,
  slot              BIGINT   DEFAULT 0,
  poolid            INTEGER  DEFAULT 0,
  mediatype         TEXT     NOT NULL,
  mediatypeid       INTEGER  DEFAULT 0,
  labeltype         INTEGER  DEFAULT 0,
  firstwritten      TIMESTAMP WITHOUT TIME ZONE,
  lastwritten       TIMESTAMP WITHOUT TIME ZONE,
  labeldate         TIMESTAMP WITHOUT TIME ZONE,
  voljobs           BIGINT   DEFAULT 0,
  volfiles          BIGINT   DEFAULT 0,
  volblocks         BIGINT   DEFAULT 0,
  volmounts         BIGINT   DEFAULT 0,
  volbytes          BIGINT   DEFAULT 0,
  volerrors         BIGINT   DEFAULT 0,
  volwrites         BIGINT   DEFAULT 0,
  volcapacitybytes  BIGINT   DEFAULT 0,
  volstatus         TEXT     NOT NULL
    CHECK (volstatus IN ('Unlabeled', 'Full', 'Archive', 'Append', 'Recycle', 'Purged', 'Read-Only', 'Disabled',
                         'Error', 'Busy', 'Used', 'Cleaning', 'Scratch')),
  enabled           SMALLINT DEFAULT 1,
  recycle           SMALLINT DEFAULT 0,
  actiononpurge     SMALLINT DEFAULT 0,
  volretention      BIGINT   DEFAULT 0,
  voluseduration    BIGINT   DEFAULT 0,
  maxvoljobs        BIGINT   DEFAULT 0,
  maxvolfiles       BIGINT   DEFAULT 0,
  maxvolbytes       BIGINT   DEFAULT 0,
  inchanger         SMALLINT DEFAULT 0,
  storageid         INTEGER  DEFAULT 0,
  deviceid          INTEGER  DEFAULT 0,
  mediaaddressing   SMALLINT DEFAULT 0,
  volreadtime       BIGINT   DEFAULT 0,
  volwritetime      BIGINT   DEFAULT 0,
  endfile           BIGINT   DEFAULT 0,
  endblock          BIGINT   DEFAULT 0,
  locationid        INTEGER  DEFAULT 0,
  recyclecount      BIGINT   DEFAULT 0,
  minblocksize      BIGINT   DEFAULT 0,
  maxblocksize      BIGINT   DEFAULT 0,
  initialwrite      TIMESTAMP WITHOUT TIME ZONE,
  scratchpoolid     INTEGER  DEFAULT 0,
  recyclepoolid     INTEGER  DEFAULT 0,
  encryptionkey     TEXT,
  comment           TEXT
);
CREATE UNIQUE INDEX media_volumename_id ON media (volumename);
CREATE INDEX media_poolid_idx ON media (poolid);

CREATE TABLE mediatype (
  mediatypeid  SERIAL  PRIMARY KEY,
  mediatype    TEXT    NOT NULL,
  readonly     INTEGER DEFAULT 0
);

CREATE TABLE storage (
  storageid    SERIAL  PRIMARY KEY,
  name         TEXT    NOT NULL,
  autochanger  INTEGER DEFAULT 0
);

CREATE TABLE device (
  deviceid                    SERIAL  PRIMARY KEY,
  name                        TEXT    NOT NULL,
  mediatypeid                 INTEGER NOT NULL,
  storageid                   INTEGER NOT NULL,
  devmounts                   INTEGER NOT NULL DEFAULT 0,
  devreadbytes                BIGINT  NOT NULL DEFAULT 0,
  devwritebytes               BIGINT  NOT NULL DEFAULT 0,
  devreadbytessincecleaning   BIGINT  NOT NULL DEFAULT 0,
  devwritebytessincecleaning  BIGINT  NOT NULL DEFAULT 0,
  devreadtime                 BIGINT  NOT NULL DEFAULT 0,
  devwritetime                BIGINT  NOT NULL DEFAULT 0,
  devreadtimesincecleaning    BIGINT  NOT NULL DEFAULT 0,
  devwritetimesincecleaning   BIGINT  NOT NULL DEFAULT 0,
  cleaningdate                TIMESTAMP WITHOUT TIME ZONE,
  cleaningperiod              BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE pool (
  poolid              SERIAL   NOT NULL PRIMARY KEY,
  name                TEXT     NOT NULL,
  numvols             INTEGER  DEFAULT 0,
  maxvols             INTEGER  DEFAULT 0,
  useonce             SMALLINT DEFAULT 0,
  usecatalog          SMALLINT DEFAULT 0,
  acceptanyvolume     SMALLINT DEFAULT 0,
  volretention        BIGINT   DEFAULT 0,
  voluseduration      BIGINT   DEFAULT 0,
  maxvoljobs          INTEGER  DEFAULT 0,
  maxvolfiles         INTEGER  DEFAULT 0,
  maxvolbytes         BIGINT   DEFAULT 0,
  autoprune           SMALLINT DEFAULT 0,
  recycle             SMALLINT DEFAULT 0,
  actiononpurge       SMALLINT DEFAULT 0,
  pooltype            TEXT
    CHECK (pooltype IN ('Backup', 'Copy', 'Cloned', 'Archive', 'Migration', 'Scratch')),
  labeltype           INTEGER  DEFAULT 0,
  labelformat         TEXT     NOT NULL,
  enabled             SMALLINT DEFAULT 1,
  scratchpoolid       INTEGER  DEFAULT 0,
  recyclepoolid       INTEGER  DEFAULT 0,
  nextpoolid          INTEGER  DEFAULT 0,
  minblocksize        INTEGER  DEFAULT 0,
  maxblocksize        INTEGER  DEFAULT 0,
  migrationhighbytes  BIGINT   DEFAULT 0,
  migrationlowbytes   BIGINT   DEFAULT 0,
  migrationtime       BIGINT   DEFAULT 0
);
CREATE INDEX pool_name_idx ON pool (name);

CREATE TABLE client (
  clientid       SERIAL   NOT NULL PRIMARY KEY,
  name           TEXT     NOT NULL,
  uname          TEXT     NOT NULL,
  autoprune      SMALLINT DEFAULT 0,
  fileretention  BIGINT   DEFAULT 0,
  jobretention   BIGINT   DEFAULT 0
);
CREATE UNIQUE INDEX client_name_idx ON client (name);

-- The job log: every message of a job, as the console's "list joblog" shows it.
CREATE TABLE log (
  logid    SERIAL  NOT NULL PRIMARY KEY,
  jobid    INTEGER NOT NULL,
  time     TIMESTAMP WITHOUT TIME ZONE,
  logtext  TEXT    NOT NULL
);
CREATE INDEX log_name_idx ON log (jobid);

CREATE TABLE locationlog (
  loclogid      SERIAL  NOT NULL PRIMARY KEY,
  date          TIMESTAMP WITHOUT TIME ZONE,
  comment       TEXT    NOT NULL,
  mediaid       INTEGER DEFAULT 0,
  locationid    INTEGER DEFAULT 0,
  newvolstatus  TEXT    NOT NULL
    CHECK (newvolstatus IN ('Unlabeled', 'Full', 'Archive', 'Append', 'Recycle', 'Purged', 'Read-Only',
                            'Disabled', 'Error', 'Busy', 'Used', 'Cleaning', 'Scratch')),
  newenabled    SMALLINT
);

-- Counters of the ${Name} variables in a Pool's Label Format.
CREATE TABLE counters (
  counter       TEXT    NOT NULL PRIMARY KEY,
  minvalue      INTEGER DEFAULT 0,
  maxvalue      INTEGER DEFAULT 0,
  currentvalue  INTEGER DEFAULT 0,
  wrapcounter   TEXT    NOT NULL
);

CREATE TABLE basefiles (
  baseid     BIGSERIAL NOT NULL PRIMARY KEY,
  jobid      INTEGER   NOT NULL,
  fileid     BIGINT    NOT NULL,
  fileindex  INTEGER,
  basejobid  INTEGER
);
CREATE INDEX basefiles_jobid_idx ON basefiles (jobid);

-- UnsavedFiles and CDImages are gone from Bareos's current DDL (the first is commented out, the second was
-- dropped by the 2002->2003 update); they are kept, empty, so that older scripts naming them still run.
CREATE TABLE unsavedfiles (
  unsavedid   INTEGER NOT NULL PRIMARY KEY,
  jobid       INTEGER NOT NULL,
  pathid      INTEGER NOT NULL,
  filenameid  INTEGER NOT NULL
);

CREATE TABLE cdimages (
  mediaid   INTEGER NOT NULL PRIMARY KEY,
  lastburn  TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

-- The bvfs cache (browsing a job's directories).
CREATE TABLE pathhierarchy (
  pathid   INTEGER NOT NULL,
  ppathid  INTEGER NOT NULL,
  CONSTRAINT pathhierarchy_pkey PRIMARY KEY (pathid)
);
CREATE INDEX pathhierarchy_ppathid ON pathhierarchy (ppathid);

CREATE TABLE pathvisibility (
  pathid  INTEGER NOT NULL,
  jobid   INTEGER NOT NULL,
  size    BIGINT  DEFAULT 0,
  files   INTEGER DEFAULT 0,
  CONSTRAINT pathvisibility_pkey PRIMARY KEY (jobid, pathid)
);

CREATE TABLE version (
  versionid  INTEGER NOT NULL
);

CREATE TABLE status (
  jobstatus      CHAR(1) NOT NULL PRIMARY KEY,
  jobstatuslong  TEXT,
  severity       INTEGER
);

CREATE TABLE quota (
  clientid    INTEGER NOT NULL PRIMARY KEY,
  gracetime   BIGINT  DEFAULT 0,
  quotalimit  BIGINT  DEFAULT 0
);

CREATE TABLE ndmplevelmap (
  clientid    INTEGER NOT NULL,
  filesetid   INTEGER DEFAULT 0,
  filesystem  TEXT    NOT NULL,
  dumplevel   INTEGER NOT NULL,
  CONSTRAINT ndmplevelmap_pkey PRIMARY KEY (clientid, filesetid, filesystem)
);

CREATE TABLE ndmpjobenvironment (
  jobid      INTEGER NOT NULL,
  fileindex  INTEGER NOT NULL,
  envname    TEXT    NOT NULL,
  envvalue   TEXT    NOT NULL,
  CONSTRAINT ndmpjobenvironment_pkey PRIMARY KEY (jobid, fileindex, envname)
);

CREATE TABLE devicestats (
  deviceid      INTEGER  DEFAULT 0,
  sampletime    TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  readtime      BIGINT   NOT NULL DEFAULT 0,
  writetime     BIGINT   NOT NULL DEFAULT 0,
  readbytes     BIGINT   DEFAULT 0,
  writebytes    BIGINT   DEFAULT 0,
  spoolsize     BIGINT   DEFAULT 0,
  numwaiting    SMALLINT DEFAULT 0,
  numwriters    SMALLINT DEFAULT 0,
  mediaid       INTEGER  NOT NULL,
  volcatbytes   BIGINT   DEFAULT 0,
  volcatfiles   BIGINT   DEFAULT 0,
  volcatblocks  BIGINT   DEFAULT 0
);

CREATE TABLE jobstats (
  deviceid    INTEGER DEFAULT 0,
  sampletime  TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  jobid       INTEGER NOT NULL,
  jobfiles    INTEGER DEFAULT 0,
  jobbytes    BIGINT  DEFAULT 0
);

CREATE TABLE tapealerts (
  deviceid    INTEGER DEFAULT 0,
  sampletime  TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  alertflags  BIGINT  DEFAULT 0
);

-- The job status texts and severities Bareos fills in (the same codes as org.jbareos.protocol.JobStatus).
INSERT INTO status (jobstatus, jobstatuslong, severity) VALUES
  ('C', 'Created, not yet running', 15),
  ('R', 'Running', 15),
  ('B', 'Blocked', 15),
  ('T', 'Completed successfully', 10),
  ('E', 'Terminated with errors', 25),
  ('e', 'Non-fatal error', 20),
  ('f', 'Fatal error', 100),
  ('D', 'Verify found differences', 15),
  ('A', 'Canceled by user', 90),
  ('I', 'Incomplete job', 15),
  ('L', 'Committing data', 15),
  ('W', 'Terminated with warnings', 20),
  ('l', 'Doing data despooling', 15),
  ('q', 'Queued waiting for device', 15),
  ('F', 'Waiting for Client', 15),
  ('S', 'Waiting for Storage daemon', 15),
  ('m', 'Waiting for new media', 15),
  ('M', 'Waiting for media mount', 15),
  ('s', 'Waiting for storage resource', 15),
  ('j', 'Waiting for job resource', 15),
  ('c', 'Waiting for client resource', 15),
  ('d', 'Waiting on maximum jobs', 15),
  ('t', 'Waiting on start time', 15),
  ('p', 'Waiting on higher priority jobs', 15),
  ('a', 'SD despooling attributes', 15),
  ('i', 'Doing batch insert file records', 15);

INSERT INTO version (versionid) VALUES (2250);
