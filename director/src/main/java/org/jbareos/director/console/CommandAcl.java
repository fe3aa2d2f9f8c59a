package org.jbareos.director.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.dir.ConsoleDirectives;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.ProfileResource;
import org.jbareos.net.hello.Hello;

/**
 * Which commands a named console may run: its {@code Command ACL} and those of its Profiles ({@code
 * UaContext::AclAccessOk(Command_ACL, ...)}, {@code dird/ua_acl.cc}). The default console has no restrictions. The
 * console's own list is asked first, then each profile's; in a list a matching {@code !name} denies, {@code *all*}
 * or a matching name allows; a command no list mentions is denied. {@code Do_a_command} then answers as for an
 * unknown command; {@code quit}, {@code exit} and {@code whoami} are always allowed.
 */
final class CommandAcl {
  private static final String ALL = "*all*";

  private final List<List<String>> lists;

  private CommandAcl(List<List<String>> lists) {
    this.lists = List.copyOf(lists);
  }

  /** The ACL of a console by name; empty for the unrestricted default console. */
  static Optional<CommandAcl> of(DirectorConfig config, String consoleName) {
    if (Hello.Console.USER_AGENT.equals(consoleName)) {
      return Optional.empty();
    }
    List<List<String>> lists = new ArrayList<>();
    config.console(consoleName).ifPresent(console -> {
      lists.add(console.resource().find(ConsoleDirectives.COMMAND_ACL).orElse(List.of()));
      for (String profileName : console.profiles()) {
        config.profiles().stream().filter(p -> p.name().equals(profileName)).map(ProfileResource::commandAcl)
            .forEach(lists::add);
      }
    });
    return Optional.of(new CommandAcl(lists));
  }

  /** Whether the command (the table's key, e.g. {@code list}) may run. */
  boolean allows(String command) {
    if (command.equals("quit") || command.equals("exit") || command.equals("whoami")) {
      return true;
    }
    for (List<String> list : lists) {
      for (String entry : list) {
        if (entry.startsWith("!") && entry.substring(1).equalsIgnoreCase(command)) {
          return false;
        }
      }
      for (String entry : list) {
        if (entry.equalsIgnoreCase(ALL) || entry.equalsIgnoreCase(command)) {
          return true;
        }
      }
    }
    return false;
  }
}
