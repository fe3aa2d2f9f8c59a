package org.jbareos.director.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import org.jbareos.net.BareosConnection;

/**
 * What a console command writes, shaped as the Director's {@code OutputFormatter} shapes it
 * ({@code lib/output_formatter.cc}, PROTOCOL.md §4.1, §4.3).
 *
 * <p>Text mode: {@link #decoration} and the text form of {@link #keyValue} collect in a buffer, which goes out as one
 * frame at {@link #objectEnd}, before every {@link #message} ({@code vSendMsg} sends the buffer first) and at
 * {@link #finishCommand}; {@link #message} text goes out as a frame of its own. That is why {@code list jobs} sends
 * the table head together with the first row, and then one frame per row.
 *
 * <p>JSON mode: objects and arrays build a result tree (keys lower-cased); typed messages are collected; at the end
 * one document {@code {"jsonrpc":"2.0","id":null,"result":...}} or the error form goes out.
 */
public final class ConsoleOutput {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final BareosConnection connection;
  private final StringBuilder text = new StringBuilder();
  private ApiMode mode = ApiMode.OFF;
  private boolean compact;
  private ObjectNode result = JSON.objectNode();
  private ObjectNode messages = JSON.objectNode();
  private final Deque<JsonNode> stack = new ArrayDeque<>();
  private ObjectNode range;

  public ConsoleOutput(BareosConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
    stack.push(result);
  }

  /** Switches the mode for the next command ({@code .api}). */
  public void mode(ApiMode newMode, boolean compactJson) {
    this.mode = Objects.requireNonNull(newMode, "newMode");
    this.compact = compactJson;
  }

  public ApiMode mode() {
    return mode;
  }

  /** Whether JSON documents are written compact ({@code .api 2 compact=yes}). */
  public boolean compact() {
    return compact;
  }

  /** Text that only people see ({@code Decoration}): dropped in API modes. */
  public void decoration(String format, Object... args) {
    if (mode == ApiMode.OFF) {
      text.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }
  }

  /** Opens a named object (or an unnamed one inside an array). */
  public void objectStart(String name) {
    if (mode == ApiMode.JSON) {
      push(name, JSON.objectNode());
    }
  }

  /** Closes the current object; in text mode the buffer goes out. */
  public void objectEnd() throws IOException {
    if (mode == ApiMode.JSON) {
      pop();
    } else {
      flush();
    }
  }

  /** Opens a named array. */
  public void arrayStart(String name) {
    if (mode == ApiMode.JSON) {
      push(name, JSON.arrayNode());
    }
  }

  /** Closes the current array (the text buffer stays, as in {@code ArrayEnd}). */
  public void arrayEnd() {
    if (mode == ApiMode.JSON) {
      pop();
    }
  }

  /**
   * One value: in JSON mode under the lower-cased key, in text mode its preformatted text form (null adds nothing).
   */
  public void keyValue(String key, JsonNode value, String textForm) {
    if (mode == ApiMode.JSON) {
      JsonNode current = stack.peek();
      if (current instanceof ObjectNode object) {
        object.set(key.toLowerCase(Locale.ROOT), value);
      }
    } else if (textForm != null) {
      text.append(textForm);
    }
  }

  public void keyValue(String key, String value, String textForm) {
    keyValue(key, value == null ? JSON.nullNode() : JSON.textNode(value), textForm);
  }

  public void keyValue(String key, long value, String textForm) {
    keyValue(key, JSON.numberNode(value), textForm);
  }

  public void keyValue(String key, boolean value, String textForm) {
    keyValue(key, JSON.booleanNode(value), textForm);
  }

  /**
   * Notes the {@code limit=} and {@code offset=} a list applied ({@code AddLimitFilterTuple}, {@code
   * AddOffsetFilterTuple}): a JSON result then carries {@code meta.range = {limit, offset, filtered}} (PROTOCOL.md
   * §4.3); {@code filtered} counts rows dropped by ACL filters, which jbareos does not have.
   */
  public void rangeFilter(long limit, java.util.OptionalLong offset) {
    range = JSON.objectNode();
    range.put("limit", limit);
    offset.ifPresent(o -> range.put("offset", o));
    range.put("filtered", 0);
  }

  /** Plain output ({@code SendMsg}). */
  public void send(String format, Object... args) throws IOException {
    message(MessageType.NORMAL, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }

  /** {@code ErrorMsg}: in API mode preceded by {@code BNET_ERROR_MSG}; in JSON mode it makes the result an error. */
  public void error(String format, Object... args) throws IOException {
    message(MessageType.ERROR, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }

  public void warning(String format, Object... args) throws IOException {
    message(MessageType.WARNING, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }

  public void info(String format, Object... args) throws IOException {
    message(MessageType.INFO, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }

  /** {@code vSendMsg}: the buffer first, then the signal (API modes), then the message. */
  public void message(MessageType type, String message) throws IOException {
    flush();
    if (mode.signals() && type.signal().isPresent()) {
      connection.signal(type.signal().get());
    }
    if (mode == ApiMode.JSON) {
      type.jsonKey().ifPresent(key -> {
        JsonNode list = messages.get(key);
        ArrayNode array = list instanceof ArrayNode a ? a : messages.putArray(key);
        array.add(message);
      });
    } else {
      connection.send(message);
    }
  }

  /**
   * {@code FinalizeResult}: text mode sends what is left in the buffer; JSON mode sends the document, the error
   * form when the command failed or an error message was collected. Then the state is reset for the next command.
   */
  public void finishCommand(boolean ok) throws IOException {
    if (mode == ApiMode.JSON) {
      ObjectNode document = JSON.objectNode();
      document.put("jsonrpc", "2.0");
      document.putNull("id");
      if (!ok || messages.has("error")) {
        ObjectNode error = document.putObject("error");
        error.put("code", 1);
        error.put("message", "failed");
        ObjectNode data = error.putObject("data");
        data.set("result", result);
        data.set("messages", messages);
      } else {
        if (range != null) {
          result.putObject("meta").set("range", range);
        }
        document.set("result", result);
      }
      connection.send(JanssonJson.write(document, compact));
    } else {
      flush();
    }
    text.setLength(0);
    range = null;
    result = JSON.objectNode();
    messages = JSON.objectNode();
    stack.clear();
    stack.push(result);
  }

  private void flush() throws IOException {
    if (!text.isEmpty()) {
      String pending = text.toString();
      text.setLength(0);
      connection.send(pending);
    }
  }

  private void push(String name, JsonNode node) {
    JsonNode current = stack.peek();
    if (current instanceof ArrayNode array) {
      array.add(node);
    } else if (current instanceof ObjectNode object) {
      // A nameless object outside an array: jansson keeps only the last one (JsonArrayItemAdd workaround).
      object.set(name == null ? "" : name.toLowerCase(Locale.ROOT), node);
    }
    stack.push(node);
  }

  private void pop() {
    if (stack.size() > 1) {
      stack.pop();
    }
  }
}
