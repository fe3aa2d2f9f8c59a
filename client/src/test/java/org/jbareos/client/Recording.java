package org.jbareos.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;

/** Reads what the conformance recordings say the Director answered, and what python-bareos printed. */
final class Recording {

  private Recording() {}

  /** The console's connection {@code number} (1-based) of a transcript. */
  static List<TranscriptMessage> connection(String transcript, int number) {
    return Transcript.conformance(transcript).connection(number);
  }

  /** The first console connection of a transcript. */
  static List<TranscriptMessage> console(String transcript) {
    return Transcript.conformance(transcript).connectionBetween("console", "dir");
  }

  /** The index of the console's frame {@code command} (after login). */
  static int indexOf(List<TranscriptMessage> conversation, String command) {
    for (int i = 0; i < conversation.size(); i++) {
      TranscriptMessage m = conversation.get(i);
      if (m.isFrom("console", "dir") && !m.isSignal() && m.text().equals(command)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no console frame '" + command + "'");
  }

  /** The Director's messages after {@code command} up to the console's next frame: one exchange. */
  static List<TranscriptMessage> exchange(List<TranscriptMessage> conversation, String command) {
    int start = indexOf(conversation, command);
    int end = start + 1;
    while (end < conversation.size() && !conversation.get(end).isFrom("console", "dir")) {
      end++;
    }
    return conversation.subList(start, end);
  }

  /** The text payloads of the Director's answer to {@code command}, joined. */
  static String answer(List<TranscriptMessage> conversation, String command) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (TranscriptMessage m : exchange(conversation, command)) {
      if (m.isFrom("dir", "console") && !m.isSignal()) {
        joined.writeBytes(m.payload());
      }
    }
    return joined.toString(StandardCharsets.UTF_8);
  }

  /** The signals inside the Director's answer to {@code command}, in order, the ending one left out. */
  static List<Integer> signals(List<TranscriptMessage> conversation, String command) {
    List<Integer> signals = new ArrayList<>();
    for (TranscriptMessage m : exchange(conversation, command)) {
      if (m.isFrom("dir", "console") && m.isSignal() && ResponseEnd.of(m.header()).isEmpty()) {
        signals.add(m.header());
      }
    }
    return signals;
  }

  /** The JSON documents python-json.py printed, by their {@code == title}. */
  static Map<String, JsonNode> pythonOutput() {
    try {
      List<String> lines = Files.readAllLines(SharedData.conformance("python-json.output.txt"));
      Map<String, JsonNode> documents = new LinkedHashMap<>();
      ObjectMapper json = new ObjectMapper();
      String title = null;
      StringBuilder body = new StringBuilder();
      for (String line : lines) {
        boolean boundary = line.startsWith("== ") || line.startsWith("connection ") || line.startsWith("python ");
        if (boundary && title != null) {
          documents.put(title, json.readTree(body.toString()));
          title = null;
        }
        if (line.startsWith("== ")) {
          title = line.substring(3);
          body.setLength(0);
        } else if (title != null) {
          body.append(line).append('\n');
        }
      }
      if (title != null) {
        documents.put(title, json.readTree(body.toString()));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
