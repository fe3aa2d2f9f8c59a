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

    @Override
    public boolean takesOneToken() {
      return true;
    }
  };

  /**
   * {@code CFG_TYPE_NAME}: a resource name as {@code edit.cc:IsNameValid} allows it: letters,
   * digits and {@code : . - _ / space}, not starting or ending with a space, 1 to 127 characters.
   */
  public static final ValueType<String> NAME = new ValueType<>() {
    @Override
    public String expected() {
      return "a name";
    }

    @Override
    public String parse(DirectiveNode node) throws ValueException {
      Token t = Values.single(node, expected());
      String problem = nameProblem(t.text());
      if (problem != null) {
        throw new ValueException(t.position(), "invalid name " + t.describe() + ": " + problem);
      }
      return t.text();
    }

    @Override
    public String parseDefault(String text) {
      return text;
    }

    @Override
    public boolean takesOneToken() {
      return true;
    }
  };

  /** Why a name is not valid, or null if it is. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "expected at least one character";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "expected at most " + MAX_NAME_LENGTH + " characters";
    }
    if (name.startsWith(" ") || name.endsWith(" ")) {
      return "expected no space at the start or end";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ":.-_/ ".indexOf(c) >= 0;
      if (!ok) {
        return "illegal character '" + c + "': expected letters, digits and : . - _ / space";
      }
    }
    return null;
  }

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

    @Override
    public boolean takesOneToken() {
      return true;
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

    @Override
    public boolean takesOneToken() {
      return true;
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

    @Override
    public boolean takesOneToken() {
      return true;
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

      @Override
      public boolean takesOneToken() {
        return true;
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

      @Override
      public boolean takesOneToken() {
        return true;
      }
    };
  }
}
