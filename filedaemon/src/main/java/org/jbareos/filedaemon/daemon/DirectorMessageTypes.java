package org.jbareos.filedaemon.daemon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.schema.MessagesResource;
import org.jbareos.config.value.MessageDestination;
import org.jbareos.protocol.JobMessage;

/**
 * Which job messages go to the Director: the {@code Director = <dir> = <types>} destinations of the Client's Messages
 * resource ({@code lib/message.cc DispatchMessage}); the kit's FD has {@code all, !skipped, !restored}, so its
 * "unchanged file skipped" notes never reach the Director. Without a Messages resource every message goes.
 */
final class DirectorMessageTypes implements IntPredicate {

  private static final Map<Integer, String> NAMES = Map.ofEntries(
      Map.entry(JobMessage.M_ABORT, "abort"), Map.entry(JobMessage.M_FATAL, "fatal"),
      Map.entry(JobMessage.M_ERROR, "error"), Map.entry(JobMessage.M_WARNING, "warning"),
      Map.entry(JobMessage.M_INFO, "info"), Map.entry(JobMessage.M_SAVED, "saved"),
      Map.entry(JobMessage.M_NOTSAVED, "notsaved"), Map.entry(JobMessage.M_SKIPPED, "skipped"),
      Map.entry(JobMessage.M_MOUNT, "mount"), Map.entry(JobMessage.M_ERROR_TERM, "terminate"),
      Map.entry(JobMessage.M_TERM, "terminate"), Map.entry(JobMessage.M_RESTORED, "restored"),
      Map.entry(JobMessage.M_SECURITY, "security"));

  private final Optional<List<MessageDestination>> destinations;

  private DirectorMessageTypes(Optional<List<MessageDestination>> destinations) {
    this.destinations = destinations;
  }

  /** The filter of the Client's Messages resource (by name, else the first one configured). */
  static DirectorMessageTypes of(FileDaemonConfig config) {
    List<MessagesResource> all = config.messages();
    String wanted = config.client().messages();
    Optional<MessagesResource> resource = all.stream().filter(m -> m.name().equals(wanted)).findFirst()
        .or(() -> all.stream().findFirst());
    return new DirectorMessageTypes(resource.map(r -> r.destinations().stream()
        .filter(d -> d.destination().equalsIgnoreCase("Director")).toList()));
  }

  /** Every message goes to the Director. */
  static DirectorMessageTypes all() {
    return new DirectorMessageTypes(Optional.empty());
  }

  @Override
  public boolean test(int type) {
    if (destinations.isEmpty()) {
      return true;
    }
    String name = NAMES.getOrDefault(type, "info");
    return destinations.get().stream().anyMatch(d -> d.accepts(name));
  }
}
