package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.value.MessageDestination;

/**
 * A Messages resource of any daemon: where each kind of message goes.
 *
 * @param destinations every destination in Bareos's directive order
 */
public record MessagesResource(String name, String mailCommand, String operatorCommand,
    List<MessageDestination> destinations, Resource resource) {

  public MessagesResource {
    destinations = List.copyOf(destinations);
  }

  public static MessagesResource of(Resource r) {
    List<MessageDestination> all = new ArrayList<>();
    for (Directive<List<MessageDestination>> d : MessagesDirectives.DESTINATIONS) {
      r.find(d).ifPresent(all::addAll);
    }
    return new MessagesResource(r.name(), r.get(MessagesDirectives.MAIL_COMMAND),
        r.get(MessagesDirectives.OPERATOR_COMMAND), all, r);
  }

  /** The destinations of one kind ("Append", "Director", ...). */
  public List<MessageDestination> destinations(String kind) {
    return destinations.stream().filter(d -> d.destination().equalsIgnoreCase(kind)).toList();
  }
}
