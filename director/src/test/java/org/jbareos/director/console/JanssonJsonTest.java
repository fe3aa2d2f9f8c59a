package org.jbareos.director.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** jansson's dump forms, checked against documents the recorded Director sent (console-api2.txt, python-json.txt). */
class JanssonJsonTest {

  private static ObjectNode apiResult() {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("jsonrpc", "2.0");
    doc.putNull("id");
    doc.putObject("result").put("api", 2);
    return doc;
  }

  @Test
  void indentedFormIsJanssonIndentTwo() {
    assertThat(JanssonJson.write(apiResult(), false))
        .isEqualTo("{\n  \"jsonrpc\": \"2.0\",\n  \"id\": null,\n  \"result\": {\n    \"api\": 2\n  }\n}");
  }

  @Test
  void compactFormHasNoBlanks() {
    assertThat(JanssonJson.write(apiResult(), true))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{\"api\":2}}");
  }

  @Test
  void emptyContainersAndEscapes() {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.putObject("result");
    doc.putArray("scratch");
    doc.put("error", "foo: is an invalid command.\n\"\\\u0001");
    assertThat(JanssonJson.write(doc, false)).isEqualTo("{\n  \"result\": {},\n  \"scratch\": [],\n"
        + "  \"error\": \"foo: is an invalid command.\\n\\\"\\\\\\u0001\"\n}");
  }
}
