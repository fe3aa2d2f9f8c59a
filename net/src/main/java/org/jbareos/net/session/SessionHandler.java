package org.jbareos.net.session;

import java.io.IOException;

/** What a daemon does with an authenticated connection: its command loop, on the connection's own thread. */
@FunctionalInterface
public interface SessionHandler {

  void handle(AcceptedSession session) throws IOException;
}
