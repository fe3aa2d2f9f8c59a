package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.FileSetRecord;
import org.jbareos.catalog.JobRecord;
import org.jbareos.protocol.JobType;

/**
 * The FileSet of a {@code restore current} without {@code fileset=}: Bareos lists the FileSets the client's backups
 * used ({@code uar_sel_fileset}) and takes the only one without asking; with none it says {@code No FileSet found
 * for client "c".}. jbareos does not prompt, so several FileSets need {@code fileset=}.
 */
final class ClientFileSets {
  private ClientFileSets() {}

  static Optional<String> only(DirectorServices director, ClientRecord client, ConsoleOutput out)
      throws IOException {
    List<String> names = director.catalog().jobs().findByClient(client.clientId()).stream()
        .filter(j -> j.type() == JobType.BACKUP)
        .map(JobRecord::fileSetId)
        .distinct()
        .flatMap(id -> director.catalog().fileSets().findById(id).stream())
        .map(FileSetRecord::fileSet)
        .distinct()
        .toList();
    if (names.isEmpty()) {
      out.error("No FileSet found for client \"%s\".\n", client.name());
      return Optional.empty();
    }
    if (names.size() > 1) {
      out.error("The client \"%s\" has backups of several FileSets (%s): select one with fileset=.\n",
          client.name(), String.join(", ", names));
      return Optional.empty();
    }
    return Optional.of(names.getFirst());
  }
}
