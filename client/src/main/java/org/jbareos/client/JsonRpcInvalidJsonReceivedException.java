package org.jbareos.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Director's answer in API mode 2 was not a JSON-RPC object: not JSON at all (e.g. a Director without {@code
 * .api 2} answering in text), or JSON with neither {@code result} nor {@code error}. python-bareos's {@code
 * JsonRpcInvalidJsonReceivedException}, a {@link JsonRpcErrorReceivedException} there too; {@link #jsonData()} wraps
 * the received text as python does: {@code {"error":{"code":2,"message":<why>,"data":<text>}}}.
 */
public class JsonRpcInvalidJsonReceivedException extends JsonRpcErrorReceivedException {
  private static final long serialVersionUID = 1L;

  public JsonRpcInvalidJsonReceivedException(String why, JsonNode wrapped) {
    super(why + ": " + wrapped.path("error").path("data").asText(wrapped.toString()), wrapped);
  }
}
