package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jbareos.config.ConfigError;
import org.jbareos.config.lex.Token;
import org.jbareos.config.lex.TokenKind;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.value.ScheduleRun;

/**
 * {@code CFG_TYPE_RUN}: a Schedule's {@code Run} line ({@code dird/run_conf.cc}). Overrides are
 * {@code keyword=value} pairs from {@code RunFields} (a bare job level counts as Level); every
 * other word must be one of Bareos's schedule keywords ({@code keyw}), a day of month 1-31, a week
 * {@code w00}-{@code w53}, a range {@code a-b}, a modulo {@code 1/2} or {@code w01/w02}, or a time
 * {@code HH:MM} (optionally am/pm) after {@code at}.
 */
public final class ScheduleRunType {

  private ScheduleRunType() {}

  /** {@code RunFields}, in Bareos's spelling. */
  static final List<String> OVERRIDES = List.of("Pool", "FullPool", "IncrementalPool",
      "DifferentialPool", "NextPool", "Level", "Storage", "Messages", "Priority", "SpoolData",
      "MaxRunSchedTime", "Accurate");

  /** {@code keyw}. */
  static final List<String> KEYWORDS = List.of("on", "at", "last", "sun", "mon", "tue", "wed",
      "thu", "fri", "sat", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "daily", "weekly", "monthly", "hourly", "1st", "2nd", "3rd", "4th",
      "5th", "first", "second", "third", "fourth", "fifth");

  /** {@code joblevels}: a bare level word sets the Level. */
  static final List<String> LEVELS = List.of("Full", "Base", "Incremental", "Differential",
      "Since", "VirtualFull", "Catalog", "InitCatalog", "VolumeToCatalog", "DiskToCatalog", "Data");

  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Pattern WEEK = Pattern.compile("[wW]\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}([aApP][mM])?");
  private static final Pattern MODULO = Pattern.compile("(\\d{1,2}/\\d{1,2})|([wW]\\d{2}/[wW]\\d{2})");

  public static final ValueType<List<ScheduleRun>> RUN = new ValueType<>() {
    @Override
    public String expected() {
      return "a schedule such as 'Full 1st sun at 23:05'";
    }

    @Override
    public List<ScheduleRun> parse(DirectiveNode node) throws ValueException {
      DirectiveValue.Scalar s = Values.scalar(node, expected());
      List<Token> tokens = s.tokens();
      Map<String, String> overrides = new LinkedHashMap<>();
      List<String> when = new ArrayList<>();
      List<ConfigError> problems = new ArrayList<>();
      boolean haveAt = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.is(TokenKind.COMMA)) {
          continue;
        }
        boolean isOverride = i + 2 < tokens.size() && tokens.get(i + 1).is(TokenKind.EQUALS);
        if (isOverride) {
          String key = match(OVERRIDES, t.text());
          if (key == null) {
            problems.add(new ConfigError(t.position(), "unknown Run override '" + t.text()
                + "'" + NameSuggestion.hint(t.text(), OVERRIDES)));
          } else {
            overrides.put(key, tokens.get(i + 2).text());
          }
          i += 2;
          continue;
        }
        String level = match(LEVELS, t.text());
        if (level != null && when.isEmpty()) {
          overrides.put("Level", level);
          continue;
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        String problem = check(word, haveAt);
        if (problem != null) {
          problems.add(new ConfigError(t.position(), problem));
        }
        haveAt |= word.equals("at");
        when.add(t.text());
      }
      if (!problems.isEmpty()) {
        throw new ValueException(problems);
      }
      return List.of(new ScheduleRun(overrides, when, s.position()));
    }

    @Override
    public List<ScheduleRun> parseDefault(String text) {
      throw new UnsupportedOperationException("Run has no default");
    }

    @Override
    public List<ScheduleRun> combine(List<ScheduleRun> earlier, List<ScheduleRun> later) {
      return Values.concat(earlier, later);
    }
  };

  private static String match(List<String> known, String written) {
    return known.stream().filter(k -> k.equalsIgnoreCase(written)).findFirst().orElse(null);
  }

  /** Why a schedule word is not valid, or null. */
  private static String check(String word, boolean haveAt) {
    if (DAY.matcher(word).matches()) {
      int day = Integer.parseInt(word);
      return day >= 1 && day <= 31 ? null : "day number " + word + " out of range (1-31)";
    }
    if (WEEK.matcher(word).matches()) {
      int week = Integer.parseInt(word.substring(1));
      return week <= 53 ? null : "week number " + word + " out of range (w00-w53)";
    }
    if (TIME.matcher(word).matches()) {
      return haveAt ? null : "time " + word + " must be preceded by 'at'";
    }
    if (word.contains("/")) {
      return MODULO.matcher(word).matches() ? null : "bad modulo '" + word
          + "': expected days as 01/02 or weeks as w01/w02";
    }
    int dash = word.indexOf('-');
    if (dash > 0 && dash < word.length() - 1) {
      String a = check(word.substring(0, dash), haveAt);
      String b = check(word.substring(dash + 1), haveAt);
      return a != null ? a : b;
    }
    if (KEYWORDS.contains(word) || word.equals("am") || word.equals("pm")) {
      return null;
    }
    List<String> known = new ArrayList<>(LEVELS);
    known.addAll(KEYWORDS);
    return "unknown word '" + word + "' in Run: expected a level, day, week, month, time or"
        + " keyword" + NameSuggestion.hint(word, known);
  }
}
