package org.jbareos.config.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigParserTest {

  static final Path FILE = Path.of("p.conf");

  static List<ResourceNode> parse(String text, ConfigErrors errors) {
    return new ConfigParser(TokenSource.ofText(FILE, text, errors).withoutCommands(), errors)
        .parse();
  }

  static List<ResourceNode> parseClean(String text) {
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = parse(text, errors);
    assertThat(errors.list()).isEmpty();
    return nodes;
  }

  @Test
  void directiveNamesWithSpacesAreJoinedAndMatchWithoutThem() {
    DirectiveNode d = parseClean("Client {\n Connection From Client To Director = yes\n}")
        .getFirst().directives().getFirst();
    assertThat(d.name()).isEqualTo("Connection From Client To Director");
    assertThat(d.key()).isEqualTo("connectionfromclienttodirector");
    assertThat(DirectiveNode.key("ConnectionFromClientToDirector")).isEqualTo(d.key());
    assertThat(d.position()).isEqualTo(new SourcePosition(FILE, 2, 2));
  }

  @Test
  void nestedBlocksWithAndWithoutEquals() {
    ResourceNode fs = parseClean("""
        FileSet {
          Name = "Set"
          Include {
            Options { Signature = MD5 }
            File = "/data"
          }
          Exclude { File = /tmp }
        }
        """).getFirst();
    DirectiveValue.Block include = (DirectiveValue.Block) fs.directives().get(1).value();
    assertThat(include.directives()).extracting(DirectiveNode::name).containsExactly("Options", "File");
    DirectiveValue.Block options = (DirectiveValue.Block) include.directives().getFirst().value();
    assertThat(((DirectiveValue.Scalar) options.directives().getFirst().value()).text())
        .isEqualTo("MD5");
    ResourceNode dir = parseClean("Director { Dir Addresses = { ip = { addr = 1.2.3.4; port = 1 }"
        + " ipv6 = { addr = ::1 } }\n Name = d }").getFirst();
    DirectiveValue.Block addresses = (DirectiveValue.Block) dir.directives().getFirst().value();
    assertThat(addresses.directives()).extracting(DirectiveNode::name).containsExactly("ip", "ipv6");
    assertThat(dir.directives().get(1).name()).isEqualTo("Name");
  }

  @Test
  void runScriptBlockAndSameLineDirectives() {
    ResourceNode job = parseClean("Job { Name = j; Run Script { Command = \"echo\"; Runs When = After } }")
        .getFirst();
    assertThat(job.directives()).extracting(DirectiveNode::name).containsExactly("Name", "Run Script");
  }

  @Test
  void valuesKeepEveryTokenAndACommaContinuesTheLine() {
    DirectiveNode d = parseClean("Profile {\n Command ACL = status,\n   .status, !delete\n}")
        .getFirst().directives().getFirst();
    DirectiveValue.Scalar v = (DirectiveValue.Scalar) d.value();
    assertThat(v.commaSeparated()).hasSize(3);
    DirectiveNode time = parseClean("Pool { Volume Retention = 1 hour 20 min }")
        .getFirst().directives().getFirst();
    assertThat(((DirectiveValue.Scalar) time.value()).text()).isEqualTo("1 hour 20 min");
  }

  @Test
  void errorsAreCollectedAndParsingGoesOn() {
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = parse("Client {\n Name x\n Address = \n Port = 1\n}\n}\nPool {\n", errors);
    assertThat(errors.list()).extracting(e -> e.format()).containsExactly(
        "p.conf:2:8: expected '=' after 'Name x', found end of line",
        "p.conf:3:12: expected a value after 'Address =', found end of line",
        "p.conf:6:1: unexpected '}': expected a resource such as 'Client {'",
        "p.conf:8:1: expected '}' to close Pool opened at p.conf:7:1, found end of file");
    assertThat(nodes).extracting(ResourceNode::type).containsExactly("Client", "Pool");
    assertThat(nodes.getFirst().directives()).extracting(DirectiveNode::name).containsExactly("Port");
  }

  @Test
  void includesExpandInPlaceWithGlobsInSortedOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("d/b"));
    Files.createDirectories(dir.resolve("d/a"));
    Files.writeString(dir.resolve("d/b/two.conf"), "Pool { Name = two }\n");
    Files.writeString(dir.resolve("d/a/one.conf"), "Pool { Name = one }");
    Files.writeString(dir.resolve("d/a/ignored.txt"), "Pool { Name = no }");
    Files.writeString(dir.resolve("d/a/.hidden.conf"), "Pool { Name = hidden }");
    Files.writeString(dir.resolve("fragment.conf"), "Address = host\n");
    Path main = dir.resolve("main.conf");
    Files.writeString(main, "@" + dir + "/d/*/*.conf\nClient {\n  @fragment.conf\n Name = c }\n"
        + "@" + dir + "/nothing/*.conf\n");
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = new ConfigParser(TokenSource.ofFile(main, errors), errors).parse();
    assertThat(errors.list()).isEmpty();
    assertThat(nodes).extracting(ResourceNode::type).containsExactly("Pool", "Pool", "Client");
    assertThat(nodes.get(0).position().file()).isEqualTo(dir.resolve("d/a/one.conf"));
    assertThat(nodes.get(2).directives()).extracting(DirectiveNode::name)
        .containsExactly("Address", "Name");
    assertThat(nodes.get(2).directives().getFirst().position())
        .isEqualTo(new SourcePosition(dir.resolve("fragment.conf"), 1, 1));
  }

  @Test
  void missingIncludeIsAnErrorAtTheInclude(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main.conf");
    Files.writeString(main, "\n  @" + dir + "/missing.conf\n");
    ConfigErrors errors = new ConfigErrors();
    new ConfigParser(TokenSource.ofFile(main, errors), errors).parse();
    assertThat(errors.list()).extracting(e -> e.format()).containsExactly(
        main + ":2:3: cannot open config file '" + dir + "/missing.conf': no such file");
  }

  @Test
  void includeCommandOutputIsParsed(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main.conf");
    Files.writeString(main, "@\"|printf 'Pool { Name = generated }'\"\n");
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = new ConfigParser(TokenSource.ofFile(main, errors), errors).parse();
    assertThat(errors.list()).isEmpty();
    assertThat(nodes.getFirst().directives().getFirst().value())
        .isInstanceOfSatisfying(DirectiveValue.Scalar.class,
            v -> assertThat(v.text()).isEqualTo("generated"));
  }

  @Test
  void latin1BytesInACommentDoNotMakeTheFileUnreadable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.conf");
    Files.write(file, "# Gr\u00fc\u00dfe\nPool { Name = p }\n".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1));
    ConfigErrors errors = new ConfigErrors();
    List<ResourceNode> nodes = new ConfigParser(TokenSource.ofFile(file, errors), errors).parse();
    assertThat(errors.list()).isEmpty();
    assertThat(nodes).extracting(ResourceNode::type).containsExactly("Pool");
  }

  @Test
  void includeLoopIsReported(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("loop.conf");
    Files.writeString(main, "@" + main + "\n");
    ConfigErrors errors = new ConfigErrors();
    new ConfigParser(TokenSource.ofFile(main, errors), errors).parse();
    assertThat(errors.list()).hasSize(1);
    assertThat(errors.list().getFirst().message()).startsWith("includes nested more than 32 deep");
  }
}
