/**
 * Storage Daemon jobs: the job table ({@link org.jbareos.storage.job.JobRegistry}: VolSessionId, VolSessionTime,
 * session keys, the hand-over of File Daemon connections), the Director's job conversation ({@link
 * org.jbareos.storage.job.DirectorSession}) and the File Daemon's command dialog. Both take connections that the
 * connection layer already authenticated.
 *
 * <pre>
 * DirectorConnection ──&gt; DirectorSession.run()           (JobId=, use storage, bootstrap, run)
 * FD "Hello Start Job" ──&gt; JobRegistry.fileDaemonPeers() (CRAM-MD5 key) ──&gt; JobRegistry.attachFileDaemon()
 * run ──&gt; waits for the FD ──&gt; FileDaemonDialog ──&gt; AppendSession | ReadSession ──&gt; 3099 Job ... end
 * </pre>
 */
package org.jbareos.storage.job;
