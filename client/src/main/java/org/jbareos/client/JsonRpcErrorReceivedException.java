package org.jbareos.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Director answered a command in API mode 2 with a JSON-RPC error object (PROTOCOL.md §4.3):
 *
 * <pre>
 * {"jsonrpc":"2.0","id":null,"error":{"code":1,"message":"failed",
 *   "data":{"result":{},"messages":{"error":["foo: is an invalid command.\n"]}}}}
 * </pre>
 *
 * As python-bareos's {@code JsonRpcErrorReceivedException}, the message is {@code <error.message>: <the error
 * messages joined>}, e.g. {@code failed: foo: is an invalid command.\n}.
 */
public class JsonRpcErrorReceivedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient JsonNode jsonData;

  public JsonRpcErrorReceivedException(JsonNode jsonData) {
    this(text(jsonData.path("error").path("message")) + ": " + String.join("", messages(jsonData, "error")),
        jsonData);
  }

  protected JsonRpcErrorReceivedException(String message, JsonNode jsonData) {
    super(message);
    this.jsonData = Objects.requireNonNull(jsonData, "jsonData");
  }

  /** The whole JSON-RPC answer. */
  public JsonNode jsonData() {
    return jsonData;
  }

  /** The {@code error} object: {@code code}, {@code message} and {@code data}. */
  public JsonNode error() {
    return jsonData.path("error");
  }

  /** {@code error.code}, 0 when absent. */
  public int code() {
    return error().path("code").asInt();
  }

  /** {@code error.data.messages.error}: the Director's error messages, each with its {@code \n}. */
  public List<String> errorMessages() {
    return messages(jsonData, "error");
  }

  /** {@code error.data.messages.warning}. */
  public List<String> warningMessages() {
    return messages(jsonData, "warning");
  }

  /** {@code error.data.messages.info}. */
  public List<String> infoMessages() {
    return messages(jsonData, "info");
  }

  /** {@code error.data.result}: the partial result the command produced before it failed, or a missing node. */
  public JsonNode partialResult() {
    return error().path("data").path("result");
  }

  private static List<String> messages(JsonNode json, String kind) {
    List<String> messages = new ArrayList<>();
    json.path("error").path("data").path("messages").path(kind).forEach(m -> messages.add(m.asText()));
    return List.copyOf(messages);
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }
}
