package org.jbareos.config.schema;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jbareos.config.syntax.DirectiveNode;

/** Values with units: sizes, speeds, durations ({@link BareosUnits}). */
public final class UnitTypes {

  private UnitTypes() {}

  /** {@code CFG_TYPE_SIZE64}, {@code SIZE32}, {@code MAXBLOCKSIZE}: bytes, "10 GB", "512k". */
  public static final ValueType<Long> SIZE =
      unit("a size like 512k or 10 GB", BareosUnits::bytes, v -> v);

  /** {@code CFG_TYPE_SPEED}: bytes per second, "25 kb/s". */
  public static final ValueType<Long> SPEED =
      unit("a speed like 25 kb/s or 10 mb/s", BareosUnits::bytesPerSecond, v -> v);

  /** {@code CFG_TYPE_TIME}: a duration, "30 days", "1 hour 20 min", plain numbers are seconds. */
  public static final ValueType<Duration> TIME =
      unit("a time like 60, 30 days or 1 hour 20 min", BareosUnits::seconds, Duration::ofSeconds);

  private static <T> ValueType<T> unit(String expected, Function<String, OptionalLong> parser,
      Function<Long, T> wrap) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public T parse(DirectiveNode node) throws ValueException {
        String text = Values.words(node, expected);
        OptionalLong v = parser.apply(text);
        if (v.isEmpty()) {
          throw new ValueException(node.value().position(), "'" + node.name() + "' expects "
              + expected + ", found '" + text + "'");
        }
        return wrap.apply(v.getAsLong());
      }

      @Override
      public T parseDefault(String text) {
        return wrap.apply(parser.apply(text).orElseThrow());
      }
    };
  }
}
