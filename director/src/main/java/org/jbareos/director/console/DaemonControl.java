package org.jbareos.director.console;

import java.util.List;

/**
 * What console commands ask of the File and Storage Daemons outside a job ({@code status client=}, {@code status
 * storage=}, {@code cancel}): each call connects as the Director does ({@code ConnectToFileDaemon}, {@code
 * ConnectToStorageDaemon}; a Client that dialled in is reached through its waiting connection), sends one command,
 * and returns the daemon's answer, one entry per frame, for the console to relay as it is.
 */
public interface DaemonControl {

  /** A daemon that could not be reached or broke off; the message says which and why. */
  final class DaemonUnreachableException extends Exception {
    public DaemonUnreachableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A connection to a Storage Daemon for several commands ({@code label}, then {@code mount}), TERMINATE at close. */
  interface StorageLink extends AutoCloseable {
    /** Sends one command; the answer's frames up to the SD's EOD. */
    List<String> command(String text) throws DaemonUnreachableException;

    @Override
    void close();
  }

  /** Connects to the Storage's Storage Daemon ({@code open_sd_bsock}). */
  StorageLink openStorage(String storage) throws DaemonUnreachableException;

  /** {@code status} to the Client's File Daemon. */
  List<String> clientStatus(String client) throws DaemonUnreachableException;

  /** {@code status <devices>} to the Storage's Storage Daemon, for the Storage resource's devices. */
  List<String> storageStatus(String storage) throws DaemonUnreachableException;

  /** {@code cancel Job=<job>} to the Client's File Daemon. */
  List<String> cancelOnClient(String client, String job) throws DaemonUnreachableException;

  /** {@code cancel Job=<job>} to the Storage's Storage Daemon. */
  List<String> cancelOnStorage(String storage, String job) throws DaemonUnreachableException;

  /** A Director that talks to no daemon: every call fails saying so. */
  DaemonControl NONE = new DaemonControl() {
    @Override
    public List<String> clientStatus(String client) throws DaemonUnreachableException {
      throw none();
    }

    @Override
    public List<String> storageStatus(String storage) throws DaemonUnreachableException {
      throw none();
    }

    @Override
    public List<String> cancelOnClient(String client, String job) throws DaemonUnreachableException {
      throw none();
    }

    @Override
    public List<String> cancelOnStorage(String storage, String job) throws DaemonUnreachableException {
      throw none();
    }

    @Override
    public StorageLink openStorage(String storage) throws DaemonUnreachableException {
      throw none();
    }

    private DaemonUnreachableException none() {
      return new DaemonUnreachableException("this Director has no job engine to reach the daemons", null);
    }
  };
}
