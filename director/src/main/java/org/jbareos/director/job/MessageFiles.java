package org.jbareos.director.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * The files of the Messages resources' {@code append = "<file>" = <types>} destinations ({@code lib/message.cc
 * DispatchMessage}, {@code kAppend}): each message is written as the time prefix and the text ({@code fputs(dt)},
 * {@code fputs(msg)}; {@code dt} is {@code "%d-%b %H:%M "}, as on the console), opened in append mode so that log
 * rotation and other writers are respected. Jobs running at once write whole messages, one at a time per file. A
 * file that cannot be written costs the message for that file only (Bareos's {@code DeliveryError}), logged once
 * per file until it works again; the job goes on.
 */
public final class MessageFiles {
  private static final System.Logger LOG = System.getLogger(MessageFiles.class.getName());

  /** One {@code append} destination: the file and the message types it takes. */
  public record Target(Path file, Predicate<String> types) {}

  private final ConcurrentMap<Path, Object> locks = new ConcurrentHashMap<>();
  private final Set<Path> failing = ConcurrentHashMap.newKeySet();

  /** Appends one message (newline-terminated as Bareos formats it) with its time prefix. */
  void append(Path file, LocalDateTime time, String message) {
    byte[] bytes = (MessageTime.prefix(time) + message).getBytes(StandardCharsets.UTF_8);
    synchronized (locks.computeIfAbsent(file.toAbsolutePath(), f -> new Object())) {
      try {
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        failing.remove(file);
      } catch (IOException | RuntimeException e) {
        if (failing.add(file)) {
          LOG.log(System.Logger.Level.WARNING, "Msg delivery error: fopen " + file + " failed: ERR=" + e);
        }
      }
    }
  }
}
