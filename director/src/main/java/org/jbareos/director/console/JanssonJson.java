package org.jbareos.director.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree the way the Director's jansson {@code json_dumps} does (PROTOCOL.md §4.3): {@code
 * JSON_INDENT(2)} for the normal form ({@code "key": value}, two spaces per level, {@code []} and {@code {}} for
 * empty containers, no trailing newline) and {@code JSON_COMPACT} for {@code .api 2 compact=yes} ({@code
 * {"key":value}}). Keys keep insertion order. Strings escape {@code "}, {@code \}, and control characters as jansson
 * does; everything else, UTF-8 included, is written as it is.
 */
public final class JanssonJson {

  private JanssonJson() {}

  /** The document in jansson's form. */
  public static String write(JsonNode node, boolean compact) {
    StringBuilder out = new StringBuilder();
    write(node, compact, 0, out);
    return out.toString();
  }

  private static void write(JsonNode node, boolean compact, int depth, StringBuilder out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        newline(compact, depth + 1, out);
        string(field.getKey(), out);
        out.append(compact ? ":" : ": ");
        write(field.getValue(), compact, depth + 1, out);
        if (fields.hasNext()) {
          out.append(',');
        }
      }
      newline(compact, depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        newline(compact, depth + 1, out);
        write(node.get(i), compact, depth + 1, out);
        if (i < node.size() - 1) {
          out.append(',');
        }
      }
      newline(compact, depth, out);
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else {
      out.append(node.asText());
    }
  }

  private static void newline(boolean compact, int depth, StringBuilder out) {
    if (!compact) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
