package org.jbareos.net.session;

import org.jbareos.net.hello.Hello;
import org.jbareos.net.trace.Participant;

/** Who the peer is in the network trace, from its hello and who we are (the seed's participant names). */
final class TraceParticipants {

  private TraceParticipants() {}

  static Participant of(Hello hello, Participant self) {
    return switch (hello) {
      case Hello.Director d -> Participant.DIRECTOR;
      case Hello.Client c -> Participant.FILE_DAEMON;
      case Hello.Console c -> Participant.CONSOLE;
      case Hello.StartJob j -> Participant.FILE_DAEMON;
      case Hello.StartStorageJob j -> Participant.STORAGE_DAEMON;
      case Hello.StorageStartJob j -> Participant.STORAGE_DAEMON;
    };
  }
}
