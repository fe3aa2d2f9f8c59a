package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Three free TCP ports on 127.0.0.1 for the Director, the Storage Daemon and the File Daemon. The ports must be
 * known before the daemons start, because each one is written into the other daemons' configuration (the Director
 * dials the SD and FD, the FD dials the SD); all three sockets are held open together while choosing, so the three
 * ports differ. They are free again by the time the daemons bind them; a port another program takes in between makes
 * that daemon's start fail with the address in the message, and the next run picks new ports.
 */
public record LoopbackPorts(int director, int storage, int fileDaemon) {

  /** The loopback address every quick start daemon listens on: nothing is reachable from another host. */
  public static final String LOOPBACK = "127.0.0.1";

  /** Asks the kernel for three ephemeral ports that are free right now. */
  public static LoopbackPorts pick() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket dir = new ServerSocket(0, 1, loopback);
        ServerSocket sd = new ServerSocket(0, 1, loopback);
        ServerSocket fd = new ServerSocket(0, 1, loopback)) {
      return new LoopbackPorts(dir.getLocalPort(), sd.getLocalPort(), fd.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + LOOPBACK + ": " + e.getMessage(), e);
    }
  }
}
