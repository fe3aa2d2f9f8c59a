package org.jbareos.config.schema;

import java.util.List;
import java.util.Locale;
import org.jbareos.config.lex.Token;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.value.Password;

/** Single values: strings, names, passwords, booleans, integers and keywords ({@code res.cc}). */
public final class ScalarTypes {

  private ScalarTypes() {}

  /** Bareos's {@code MAX_NAME_LENGTH} is 128 including the terminating NUL. */
  static final int MAX_NAME_LENGTH = 127;

  /** {@code CFG_TYPE_STR}, {@code STDSTR}, {@code DIR}, {@code STRNAME}: one word or quoted string. */
  public static final ValueType<String> STRING = new ValueType<>() {
    @Override
    public String expected() {
      return "a string";
    }

    @Override
    public String parse(DirectiveNode node) throws ValueException {
      return Values.single(node, expected()).text();
    }

    @Override
    public String parseDefault(String text) {
      return text;
    }
  };

  /** {@code CFG_TYPE_NAME}: a resource name, at most 127 characters. */
  public static final ValueType<String> NAME = new ValueType<>() {
    @Override
    public String expected() {
      return "a name";
    }

    @Override
    public String parse(DirectiveNode node) throws ValueException {
      Token t = Values.single(node, expected());
      if (t.text().isEmpty() || t.text().length() > MAX_NAME_LENGTH) {
        throw new ValueException(t.position(), "'" + node.name()
            + "' expects a name of 1 to " + MAX_NAME_LENGTH + " characters");
      }
      return t.text();
    }

    @Override
    public String parseDefault(String text) {
      return text;
    }
  };

  /** {@code CFG_TYPE_MD5PASSWORD}, {@code AUTOPASSWORD}, {@code CLEARPASSWORD}. */
  public static final ValueType<Password> PASSWORD = new ValueType<>() {
    @Override
    public String expected() {
      return "a password";
    }

    @Override
    public Password parse(DirectiveNode node) throws ValueException {
      return Password.parse(Values.single(node, expected()).text());
    }

    @Override
    public Password parseDefault(String text) {
      return Password.parse(text);
    }
  };

  /** {@code CFG_TYPE_BOOL} and {@code CFG_TYPE_BIT}: yes/no, true/false, on/off. */
  public static final ValueType<Boolean> BOOL = new ValueType<>() {
    @Override
    public String expected() {
      return "yes or no";
    }

    @Override
    public Boolean parse(DirectiveNode node) throws ValueException {
      Token t = Values.single(node, expected());
      Boolean b = bool(t.text());
      if (b == null) {
        throw new ValueException(t.position(), "'" + node.name() + "' expects yes or no"
            + " (or true/false), found " + t.describe());
      }
      return b;
    }

    @Override
    public Boolean parseDefault(String text) {
      return bool(text);
    }
  };

  static Boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "on" -> Boolean.TRUE;
      case "no", "false", "off" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** {@code CFG_TYPE_INT32}: a signed 32-bit integer. */
  public static final ValueType<Integer> INT32 = integer(Integer.MIN_VALUE, "an integer");

  /** {@code CFG_TYPE_PINT32}, {@code PINT16}: a non-negative integer. */
  public static final ValueType<Integer> PINT32 = integer(0, "a non-negative integer");

  /** {@code CFG_TYPE_INT64}. */
  public static final ValueType<Long> INT64 = new ValueType<>() {
    @Override
    public String expected() {
      return "an integer";
    }

    @Override
    public Long parse(DirectiveNode node) throws ValueException {
      Token t = Values.single(node, expected());
      try {
        return Long.parseLong(t.text());
      } catch (NumberFormatException e) {
        throw new ValueException(t.position(), "'" + node.name() + "' expects an integer, found "
            + t.describe());
      }
    }

    @Override
    public Long parseDefault(String text) {
      return Long.parseLong(text);
    }
  };

  private static ValueType<Integer> integer(int minimum, String expected) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public Integer parse(DirectiveNode node) throws ValueException {
        Token t = Values.single(node, expected);
        try {
          int v = Integer.parseInt(t.text());
          if (v >= minimum) {
            return v;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new ValueException(t.position(), "'" + node.name() + "' expects " + expected
            + ", found " + t.describe());
      }

      @Override
      public Integer parseDefault(String text) {
        return Integer.parseInt(text);
      }
    };
  }

  /**
   * A keyword from a fixed list, matched case-insensitively and returned in Bareos's spelling:
   * Job {@code Type} ({@code jobtypes}), {@code Level} ({@code joblevels}), {@code Pool Type}, ...
   */
  public static ValueType<String> keyword(String what, List<String> keywords) {
    List<String> known = List.copyOf(keywords);
    return new ValueType<>() {
      @Override
      public String expected() {
        return what + " (one of " + String.join(", ", known) + ")";
      }

      @Override
      public String parse(DirectiveNode node) throws ValueException {
        Token t = Values.single(node, expected());
        return known.stream()
            .filter(k -> k.equalsIgnoreCase(t.text()))
            .findFirst()
            .orElseThrow(() -> new ValueException(t.position(), "'" + node.name() + "' expects "
                + expected() + ", found " + t.describe()
                + NameSuggestion.hint(t.text(), known)));
      }

      @Override
      public String parseDefault(String text) {
        return known.stream().filter(k -> k.equalsIgnoreCase(text)).findFirst().orElseThrow();
      }
    };
  }
}
