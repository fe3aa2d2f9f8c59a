/**
 * Accurate mode of the File Daemon ({@code filed/accurate.cc}): the list of the previous backups' files the Director
 * sends with {@code accurate files=<n>} ({@link org.jbareos.filedaemon.accurate.AccurateFiles}), the decision whether
 * a file changed by the comparisons the FileSet's {@code Accurate =} letters name ({@link
 * org.jbareos.filedaemon.accurate.AccurateCheck}), and the files the walk did not see, saved as deleted.
 */
package org.jbareos.filedaemon.accurate;
