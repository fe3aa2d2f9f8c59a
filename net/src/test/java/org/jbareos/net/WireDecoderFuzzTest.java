package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jbareos.net.auth.CramChallenge;
import org.jbareos.net.hello.Hello;

/**
 * Fuzzes every decoder that reads bytes from the network: the frame reader, the hello parser and the CRAM-MD5
 * challenge parser. The only exceptions allowed to escape are the documented ones: {@link ProtocolException} and
 * {@link ConnectionClosedException}; and whatever a hello or challenge parses into must format back to a line that
 * parses to the same value.
 *
 * <p>In a normal {@code mvn test} run, Jazzer's {@code @FuzzTest} runs in regression mode: it replays the inputs in
 * {@code src/test/resources/org/jbareos/net/WireDecoderFuzzTestInputs/<method>/} (and an empty input) and ends at
 * once. {@code junit-platform.properties} sets {@code jazzer.hooks=false} for these runs, because Jazzer 0.24's
 * bytecode library cannot read JDK 25 class files and would print a warning for every JDK class. To fuzz for real
 * (coverage-guided, one {@code @FuzzTest} method per run, for the {@code maxDuration} of its annotation; raise it
 * for a long run):
 *
 * <pre>
 *   JAZZER_FUZZ=1 mvn -pl net test -Dtest='WireDecoderFuzzTest#frames' -Djazzer.hooks=true
 * </pre>
 *
 * The growing corpus goes to {@code net/.cifuzz-corpus/}; a crashing input is written to the inputs directory above
 * and replayed by every later regression run. The jqwik properties below cover the same ground with random bytes in
 * every run.
 */
class WireDecoderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void frames(byte[] wire) {
    readAllFrames(wire);
  }

  @FuzzTest(maxDuration = "10s")
  void helloAndChallengeLines(byte[] payload) {
    parseLines(payload);
  }

  @Property(tries = 3000)
  void randomBytesGiveFramesOrDocumentedErrors(@ForAll byte[] wire) {
    readAllFrames(wire);
  }

  @Property(tries = 3000)
  void randomLinesParseOrAreRefused(@ForAll byte[] payload) {
    parseLines(payload);
  }

  @Property(tries = 2000)
  void helloLikeLinesParseOrAreRefused(@ForAll("helloish") String line) {
    parseLines(line.getBytes(StandardCharsets.UTF_8));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> helloish() {
    var words = net.jqwik.api.Arbitraries.of("Hello", "Director", "Storage", "Start", "Job", "Client", "calling",
        "version", "Version=\"26.0.0\"", "FdProtocolVersion=54", "FdProtocolVersion=x", "bareos-dir", "", "\n",
        "1.2", "auth", "cram-md5", "cram-md5c", "<1.2@R_DIRECTOR::d>", "ssl=1", "qualified-name=a b", "\u0001");
    return words.list().ofMinSize(1).ofMaxSize(9).map(w -> String.join(" ", w));
  }

  private static void readAllFrames(byte[] wire) {
    FrameReader reader = new FrameReader(new ByteArrayInputStream(wire), "fuzz");
    int consumed = 0;
    while (true) {
      try {
        Packet packet = reader.read();
        consumed += FrameLimits.HEADER_LENGTH + (packet instanceof Packet.Message m ? m.length() : 0);
        assertThat(consumed).isLessThanOrEqualTo(wire.length);
      } catch (ProtocolException | ConnectionClosedException expected) {
        return;
      } catch (java.io.IOException e) {
        throw new AssertionError("undocumented exception from the frame reader", e);
      }
    }
  }

  private static void parseLines(byte[] payload) {
    try {
      Hello hello = Hello.parse(payload);
      assertThat(Hello.parse(hello.toWire())).isEqualTo(hello);
    } catch (ProtocolException expected) {
      assertThat(expected.getMessage()).startsWith("Malformed hello");
    }
    try {
      CramChallenge challenge = CramChallenge.parse(new String(payload, StandardCharsets.UTF_8));
      assertThat(CramChallenge.parse(challenge.toWire())).isEqualTo(challenge);
      challenge.challengerName();
    } catch (ProtocolException expected) {
      assertThat(expected.getMessage()).containsPattern("CRAM-MD5 challenge");
    }
  }
}
