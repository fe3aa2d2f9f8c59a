package org.jbareos.protocol.dirsd;

import org.jbareos.protocol.TextMessage;

/**
 * The SD's answer to a {@code label} (or {@code relabel}, {@code mount}) for a device a job holds ({@code
 * stored/dir_cmd.cc SendDirBusyMessage}): {@code 3936 Device "<print name>" is busy reading.} or {@code 3937 Device
 * "<print name>" is busy with writers=<n> reserved=<n>.}; the print name has quotes of its own, so Bareos sends them
 * doubled.
 *
 * @param devicePrintName the device's print name, {@code "FileStorage" (/srv/bareos/storage)}
 * @param reading whether the job holding the device reads from it
 * @param writers the jobs writing to the device
 * @param reserved the jobs that reserved the device and have not started writing yet
 */
public record DeviceBusyReply(String devicePrintName, boolean reading, int writers, int reserved)
    implements TextMessage {

  @Override
  public String wireText() {
    return reading
        ? "3936 Device \"" + devicePrintName + "\" is busy reading.\n"
        : "3937 Device \"" + devicePrintName + "\" is busy with writers=" + writers + " reserved=" + reserved + ".\n";
  }
}
