package org.jbareos.storage.device;

import java.io.IOException;

/**
 * The Director refused a catalog request or answered something the Storage Daemon cannot use, for example {@code
 * 1901 No Media.} to {@code FindMedia} or {@code 1997 Volume "x" not in catalog.} to {@code GetVolInfo} (PROTOCOL.md
 * §6.2, {@code dird/catreq.cc}).
 */
public final class CatalogRequestException extends IOException {
  private final String reply;

  public CatalogRequestException(String request, String reply) {
    super(request + " failed: " + reply.strip());
    this.reply = reply;
  }

  /** The Director's reply as received. */
  public String reply() {
    return reply;
  }
}
