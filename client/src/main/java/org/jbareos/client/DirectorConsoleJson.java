package org.jbareos.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;

/**
 * A console connection in API mode 2 (JSON), python-bareos's {@code DirectorConsoleJson}:
 *
 * <pre>
 * try (DirectorConsoleJson director = DirectorConsoleJson.builder()
 *     .address("localhost").password("secret").connect()) {
 *   for (JsonNode pool : director.call("list pools").path("pools")) {
 *     System.out.println(pool.path("name").asText());
 *   }
 * }
 * </pre>
 *
 * <p>After login it sends exactly what python-bareos sends ({@code _init_connection}, python-json.txt #1): {@code
 * .api json} (= {@code .api 2}, known since Bareos 15.2.0), then {@code .api json compact=yes} (15.2.2). Like
 * python's class it sends no {@code autodisplay off}: its {@code _init_connection} replaces the text console's.
 *
 * <p>Each answer is {@code BNET_CMD_BEGIN}, {@code BNET_CMD_OK} (or {@code BNET_ERROR_MSG}), one JSON-RPC object and
 * {@code BNET_MAIN_PROMPT} (PROTOCOL.md §4.1, §4.3). {@link #call} returns its {@code result} and throws {@link
 * JsonRpcErrorReceivedException} for an {@code error}.
 */
public final class DirectorConsoleJson implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DirectorConsole console;

  private DirectorConsoleJson(DirectorConsole console) {
    this.console = console;
  }

  /** A builder whose {@code connect()} opens a {@code DirectorConsoleJson}. */
  public static ConsoleBuilder<DirectorConsoleJson> builder() {
    return new ConsoleBuilder<>(DirectorConsoleJson::connect);
  }

  /**
   * Connects, logs in and switches to API mode 2.
   *
   * @throws JsonRpcInvalidJsonReceivedException when the Director does not answer {@code .api json} in JSON
   */
  public static DirectorConsoleJson connect(ConsoleSettings settings) throws IOException {
    DirectorConsoleJson json = new DirectorConsoleJson(DirectorConsole.open(settings));
    try {
      json.call(".api json");
      json.call(".api json compact=yes");
    } catch (IOException | RuntimeException e) {
      json.close();
      throw e;
    }
    return json;
  }

  /**
   * Sends {@code command} and returns the {@code result} of the JSON-RPC answer.
   *
   * @return the result object; a missing node when the Director answered nothing (python returns {@code None})
   * @throws JsonRpcErrorReceivedException when the answer is an error object, with its messages
   * @throws JsonRpcInvalidJsonReceivedException when the answer is not a JSON-RPC object
   */
  public JsonNode call(String command) throws IOException {
    JsonNode answer = callFullResult(command);
    if (answer.isMissingNode()) {
      return answer;
    }
    if (answer.has("result")) {
      return answer.get("result");
    }
    if (answer.has("error")) {
      throw new JsonRpcErrorReceivedException(answer);
    }
    throw new JsonRpcInvalidJsonReceivedException("neither result nor error", answer);
  }

  /**
   * Sends {@code command} and returns the whole JSON-RPC answer ({@code jsonrpc}, {@code id}, {@code result} or
   * {@code error}), errors included; a missing node when the answer is empty.
   *
   * @throws JsonRpcInvalidJsonReceivedException when the answer is not JSON
   */
  public JsonNode callFullResult(String command) throws IOException {
    ConsoleResponse response = console.callForResponse(command);
    if (response.output().length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return Objects.requireNonNullElse(JSON.readTree(response.output()), MissingNode.getInstance());
    } catch (JacksonException e) {
      ObjectNode error = JsonNodeFactory.instance.objectNode();
      error.putObject("error").put("code", 2).put("message", e.getOriginalMessage()).put("data", response.text());
      throw new JsonRpcInvalidJsonReceivedException(e.getOriginalMessage(), error);
    }
  }

  /** What the Director said at login. */
  public DirectorGreeting greeting() {
    return console.greeting();
  }

  /** The console protocol in use. */
  public ProtocolVersion protocolVersion() {
    return console.protocolVersion();
  }

  /** Whether commands can still be sent. */
  public boolean isConnected() {
    return console.isConnected();
  }

  /** Closes the connection without a {@code quit}. */
  @Override
  public void close() throws IOException {
    console.close();
  }
}
