package org.jbareos.director.console;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The client initiated connections the Director holds, waiting for jobs (its connection pool, PROTOCOL.md §9):
 * {@code status director} lists them under {@code Client Initiated Connections (waiting for jobs):} ({@code
 * ListConnectedClients}). The pool implements this; a Director without one has no waiting clients.
 */
@FunctionalInterface
public interface WaitingClients {

  /** One pooled connection: when it connected, the {@code FdProtocolVersion} of its hello, the Client name. */
  record WaitingClient(LocalDateTime connectTime, int protocolVersion, String name) {
    public WaitingClient {
      Objects.requireNonNull(connectTime, "connectTime");
      Objects.requireNonNull(name, "name");
    }
  }

  /** The waiting connections, in pool order. */
  List<WaitingClient> waiting();

  /** No connection pool. */
  WaitingClients NONE = List::of;
}
