package org.jbareos.protocol.dirsd;

import org.jbareos.protocol.FixedLine;

/**
 * The fixed lines between Director and Storage Daemon (PROTOCOL.md §6; {@code dird/msgchan.cc},
 * {@code stored/dir_cmd.cc}, {@code dird/catreq.cc}, {@code stored/askdir.cc}). Checked with {@code bstrcmp}, so
 * byte for byte.
 */
public enum DirSdLine implements FixedLine {
  /** Dir→SD after the Job command ({@code dird/msgchan.cc}). */
  GET_SECURE_ERASE_CMD("getSecureEraseCmd\n"),
  /** Dir→SD: starts the job; no {@code \n}, the SD matches the prefix. */
  RUN("run"),
  /** Dir→SD: wait for a storage-to-storage connection (copy/migrate target); no {@code \n}. */
  LISTEN("listen"),
  /** Dir→SD: the bootstrap follows, one frame per line, then EOD. */
  BOOTSTRAP("bootstrap\n"),
  BOOTSTRAP_OK("3000 OK bootstrap\n"),
  BOOTSTRAP_ERROR("3904 Error bootstrap\n"),
  /** SD→Dir after authentication. */
  HELLO_OK("3000 OK Hello\n"),
  /** Dir→SD reply to {@code CreateJobMedia}. */
  CREATE_JOB_MEDIA_OK("1000 OK CreateJobMedia\n"),
  CREATE_JOB_MEDIA_ERROR("1992 Create JobMedia error\n"),
  /** Dir→SD reply to {@code DeleteNullJobmediaRecords}. */
  DELETE_NULL_JOBMEDIA_OK("1000 OK DeleteNullJobmediaRecords\n"),
  DELETE_NULL_JOBMEDIA_ERROR("1992 DeleteNullJobMediaRecords error\n"),
  /** Dir→SD: {@code FindMedia} found no volume. */
  NO_MEDIA("1901 No Media.\n"),
  UPDATE_MEDIA_ERROR("1993 Update Media error\n"),
  UPDATE_FILE_LIST_ERROR("1992 Update File table error\n"),
  UPDATE_JOB_RECORD_ERROR("1992 Update job record error\n"),
  BLAST_ATTR_OK("1000 OK BlastAttr\n"),
  BLAST_ATTR_ERROR("1990 ERROR BlastAttr\n"),
  /** Dir→SD/FD answer to a poll ({@code dird/getmsg.cc OK_msg}). */
  DIRECTOR_OK("1000 OK\n"),
  REPLICATE_OK("3000 OK replicate\n"),
  PLUGIN_OPTIONS_OK("2000 OK plugin options\n");

  private final String text;

  DirSdLine(String text) {
    this.text = text;
  }

  @Override
  public String wireText() {
    return text;
  }
}
