package org.jbareos.filedaemon.walk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The {@code ERR=} text of the FD's job messages ({@code BErrNo::bstrerror}, i.e. {@code strerror(errno)}) for a Java
 * I/O failure: the errno text where NIO says which error it was, else the exception's own reason.
 */
public final class ErrnoText {

  private ErrnoText() {}

  /** The error text, e.g. {@code No such file or directory}. */
  public static String of(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "No such file or directory";
      case AccessDeniedException x -> "Permission denied";
      case FileAlreadyExistsException x -> "File exists";
      case NotDirectoryException x -> "Not a directory";
      case DirectoryNotEmptyException x -> "Directory not empty";
      case NotLinkException x -> "Invalid argument";
      case FileSystemException x when x.getReason() != null -> x.getReason();
      default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    };
  }
}
