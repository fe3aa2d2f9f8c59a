package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code 2000 OK estimate files=%s bytes=%s\n} with the numbers printed with thousands commas ({@code
 * filed/dir_cmd.cc OKest}, {@code edit_uint64_with_commas}; PROTOCOL.md §5.1), followed by an EOD.
 */
public record EstimateReply(long files, long bytes) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("estimate reply", "2000 OK estimate files=%s bytes=%s\n");

  @Override
  public String wireText() {
    return FORMAT.format(withCommas(files), withCommas(bytes));
  }

  public static EstimateReply parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new EstimateReply(withoutCommas(f.text(0)), withoutCommas(f.text(1)));
  }

  private static String withCommas(long value) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0 && Character.isDigit(digits.charAt(i - 1))) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  private static long withoutCommas(String text) throws ProtocolException {
    try {
      return Long.parseLong(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new ProtocolException("estimate reply: expected a number with commas, got \"" + text + "\"");
    }
  }
}
