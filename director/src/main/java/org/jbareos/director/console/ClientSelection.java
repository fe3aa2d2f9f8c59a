package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.catalog.ClientRecord;

/**
 * The Client a command works on ({@code dird/ua_select.cc GetClientDbr}): the {@code client=} of the command line,
 * else the catalog's clients to choose from ({@code SelectClientDbr}: {@code Defined Clients:}, taken without asking
 * when there is only one).
 */
final class ClientSelection {
  private ClientSelection() {}

  static Optional<ClientRecord> of(ConsoleSession session, Optional<String> name) throws IOException {
    DirectorServices director = session.director();
    ConsoleOutput out = session.output();
    if (name.isPresent()) {
      Optional<ClientRecord> client = director.catalog().clients().findByName(name.get());
      if (client.isEmpty()) {
        out.error("invalid client argument: %s\n", name.get());
      }
      return client;
    }
    List<ClientRecord> clients = director.catalog().clients().list();
    if (clients.isEmpty()) {
      out.error("No clients defined. You must run a job before using this command.\n");
      return Optional.empty();
    }
    OptionalInt choice = PromptMenu.choose(session, "Defined Clients:\n",
        clients.stream().map(ClientRecord::name).toList(), "Client", "Select the Client");
    return choice.isPresent() ? Optional.of(clients.get(choice.getAsInt())) : Optional.empty();
  }
}
