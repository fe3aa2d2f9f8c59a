package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD asks the Director to read spooled attributes from a file: {@code BlastAttr Job=%s File=%s\n}, the file name
 * bashed (read by {@code dird/getmsg.cc} with {@code "BlastAttr Job=%127s File=%255s"}, PROTOCOL.md §6.2). The
 * Director answers {@link DirSdLine#BLAST_ATTR_OK} or {@link DirSdLine#BLAST_ATTR_ERROR}.
 */
public record BlastAttrRequest(String job, String file) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("BlastAttr", "BlastAttr Job=%127s File=%255s\n");

  @Override
  public String wireText() {
    return FORMAT.format(job, bash(file));
  }

  public static BlastAttrRequest parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new BlastAttrRequest(f.text(0), unbash(f.text(1)));
  }
}
