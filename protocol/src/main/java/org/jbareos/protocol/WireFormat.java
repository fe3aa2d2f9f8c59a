package org.jbareos.protocol;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.ProtocolException;

/**
 * One message format used both ways: {@link #format} prints it as the sender's {@code fsend} does, {@link #scan}
 * reads it as the receiver's {@code bsscanf} does ({@code lib/scan.cc}, PROTOCOL.md §11). One constant per message
 * kind is the single definition both daemons use (STYLE.md, "one definition per message").
 *
 * <p>Conversions: {@code %s} and {@code %Ns} (a word: stops at whitespace, no leading blanks skipped, at most N
 * characters), {@code %d %u} with the size modifiers {@code h l ll q} (all read into a {@code long}), {@code %c}
 * and {@code %%}. Scanning follows bsscanf:
 *
 * <ul>
 *   <li>a whitespace character in the format matches zero or more whitespace characters of the input (so a
 *       missing trailing {@code \n} is accepted);
 *   <li>any other format character must match the input exactly; running out of input before a literal is a
 *       mismatch;
 *   <li>input left after the end of the format is ignored.
 * </ul>
 *
 * One deliberate difference: bsscanf turns a number field without digits into 0; here it is a {@link
 * ProtocolException}, so that a malformed peer is noticed (a number field at the very end of a C format is the only
 * place where bsscanf would not fail anyway).
 */
public final class WireFormat {
  private final String message;
  private final String format;
  private final int conversions;

  private WireFormat(String message, String format) {
    this.message = message;
    this.format = format;
    this.conversions = countConversions(format);
  }

  /**
   * A format for one message kind.
   *
   * @param message the message's name, used in error messages (e.g. {@code "SD Job command"})
   * @param format the printf/bsscanf format text, as in the Bareos source
   */
  public static WireFormat of(String message, String format) {
    return new WireFormat(message, format);
  }

  /** The format text. */
  public String format() {
    return format;
  }

  /** The message name used in errors. */
  public String message() {
    return message;
  }

  /** Prints the message: {@code %s} takes a String (or any object's toString), number conversions a Number. */
  public String format(Object... args) {
    if (args.length != conversions) {
      throw new IllegalArgumentException(
          message + ": format has " + conversions + " fields, got " + args.length + " values");
    }
    StringBuilder out = new StringBuilder(format.length() + 64);
    int arg = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      i = skipModifiers(format, i + 1);
      char conversion = format.charAt(i);
      if (conversion == '%') {
        out.append('%');
        continue;
      }
      Object value = args[arg++];
      if (value == null) {
        throw new IllegalArgumentException(message + ": field " + arg + " is null");
      }
      switch (conversion) {
        case 's', 'c' -> out.append(value);
        case 'd', 'u' -> {
          if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(message + ": field " + arg + " must be a number, got " + value);
          }
          out.append(number.longValue());
        }
        default -> throw new IllegalStateException(message + ": unknown conversion %" + conversion);
      }
    }
    return out.toString();
  }

  /**
   * Reads a received message with bsscanf's rules.
   *
   * @throws ProtocolException naming the message and what was expected where the input does not match
   */
  public Fields scan(String input) throws ProtocolException {
    List<Object> values = new ArrayList<>(conversions);
    int in = 0;
    for (int f = 0; f < format.length(); f++) {
      char c = format.charAt(f);
      if (c == '%') {
        int maxLength = 0;
        int start = f + 1;
        f = skipModifiers(format, start);
        char conversion = format.charAt(f);
        String width = digitsAt(format, start);
        if (!width.isEmpty()) {
          maxLength = Integer.parseInt(width);
        }
        switch (conversion) {
          case '%' -> {
            if (in >= input.length() || input.charAt(in) != '%') {
              throw mismatch("'%'", input, in);
            }
            in++;
          }
          case 's' -> {
            int limit = maxLength > 0 ? maxLength : 1000;
            int begin = in;
            while (in < input.length() && !isSpace(input.charAt(in)) && input.charAt(in) != 0 && in - begin < limit) {
              in++;
            }
            values.add(input.substring(begin, in));
          }
          case 'c' -> {
            if (in >= input.length()) {
              throw mismatch("a character for " + fieldName(f), input, in);
            }
            values.add(input.charAt(in++));
          }
          case 'd', 'u' -> {
            int begin = in;
            boolean negative = conversion == 'd' && in < input.length() && input.charAt(in) == '-';
            if (negative) {
              in++;
            }
            long value = 0;
            int digitsStart = in;
            while (in < input.length() && input.charAt(in) >= '0' && input.charAt(in) <= '9') {
              value = value * 10 + (input.charAt(in++) - '0');
            }
            if (in == digitsStart) {
              throw mismatch("a number for " + fieldName(f), input, begin);
            }
            values.add(negative ? -value : value);
          }
          default -> throw new IllegalStateException(message + ": unknown conversion %" + conversion);
        }
      } else if (isSpace(c)) {
        while (in < input.length() && isSpace(input.charAt(in))) {
          in++;
        }
      } else {
        if (in >= input.length() || input.charAt(in) != c) {
          throw mismatch("'" + printable(literalFrom(f)) + "'", input, in);
        }
        in++;
      }
    }
    return new Fields(message, values);
  }

  /** True when {@link #scan} would accept the input. */
  public boolean matches(String input) {
    try {
      scan(input);
      return true;
    } catch (ProtocolException e) {
      return false;
    }
  }

  private ProtocolException mismatch(String expected, String input, int at) {
    return new ProtocolException(
        message + ": expected " + expected + " at offset " + at + " of \"" + printable(input) + "\"");
  }

  /** The word before a conversion in the format, e.g. {@code JobStatus=}, to name the field in errors. */
  private String fieldName(int conversionEnd) {
    int percent = format.lastIndexOf('%', conversionEnd);
    int start = percent;
    while (start > 0 && !isSpace(format.charAt(start - 1))) {
      start--;
    }
    String word = format.substring(start, percent);
    int previous = word.lastIndexOf('%');
    if (previous >= 0) {
      word = word.substring(Math.min(word.length(), previous + 2));
    }
    return word.isEmpty() ? "the field at format offset " + percent : word;
  }

  private String literalFrom(int at) {
    int end = at;
    while (end < format.length() && format.charAt(end) != '%' && !isSpace(format.charAt(end))) {
      end++;
    }
    return format.substring(at, Math.max(end, at + 1));
  }

  private static int skipModifiers(String format, int at) {
    int i = at;
    while (i < format.length() && (Character.isDigit(format.charAt(i)) || "hlq".indexOf(format.charAt(i)) >= 0)) {
      i++;
    }
    if (i >= format.length()) {
      throw new IllegalArgumentException("format ends inside a conversion: " + format);
    }
    return i;
  }

  private static String digitsAt(String format, int at) {
    int i = at;
    while (i < format.length() && Character.isDigit(format.charAt(i))) {
      i++;
    }
    return format.substring(at, i);
  }

  private static int countConversions(String format) {
    int count = 0;
    for (int i = 0; i < format.length(); i++) {
      if (format.charAt(i) == '%') {
        i = skipModifiers(format, i + 1);
        if (format.charAt(i) != '%') {
          count++;
        }
      }
    }
    return count;
  }

  /** bsscanf's B_ISSPACE: the C isspace set. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** The text with control characters escaped, for error messages. */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 200) + 16);
    for (int i = 0; i < text.length() && i < 200; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > 200) {
      out.append("...");
    }
    return out.toString();
  }

  /** The values a scan read, in format order: Strings for {@code %s}, Longs for numbers, Characters for {@code %c}. */
  public record Fields(String message, List<Object> values) {
    public Fields {
      values = List.copyOf(values);
    }

    /** A {@code %s} field. */
    public String text(int index) {
      return (String) values.get(index);
    }

    /** A number field. */
    public long number(int index) {
      return (Long) values.get(index);
    }

    /** A number field that must fit an {@code int}. */
    public int integer(int index) throws ProtocolException {
      long value = number(index);
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new ProtocolException(message + ": field " + (index + 1) + " is out of range: " + value);
      }
      return (int) value;
    }

    /** A {@code %c} field. */
    public char character(int index) {
      return (Character) values.get(index);
    }
  }
}
