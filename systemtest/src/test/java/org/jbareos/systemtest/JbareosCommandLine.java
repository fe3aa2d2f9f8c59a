package org.jbareos.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line {@code bin/jbareos <args>} execs, without the launcher's rebuild check: the test's own {@code
 * java} binary on the cli module's jar and its copied dependencies, running {@code org.jbareos.cli.Main}. The
 * launcher itself is not run because its "sources changed" check would start a Maven build inside the test run.
 */
final class JbareosCommandLine {

  private JbareosCommandLine() {}

  /**
   * @param projectRoot the reactor's root, whose {@code cli/target} holds {@code jbareos-cli.jar} and {@code lib/}
   * @param args the launcher's arguments ({@code director -f -c DIR}, {@code console -c FILE})
   */
  static List<String> of(Path projectRoot, String... args) {
    Path cliTarget = projectRoot.resolve("cli").resolve("target");
    Path jar = cliTarget.resolve("jbareos-cli.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the cli module (mvn -pl systemtest -am verify)");
    }
    String javaBinary = ProcessHandle.current().info().command()
        .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this test"));
    String classpath = jar + File.pathSeparator + cliTarget.resolve("lib") + File.separator + "*";
    List<String> command = new ArrayList<>(List.of(javaBinary, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, "org.jbareos.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }

  /** The reactor root: Surefire's {@code jbareos.root}, else the parent of the module directory. */
  static Path projectRoot() {
    String root = System.getProperty("jbareos.root");
    Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    return path.toAbsolutePath().normalize();
  }
}
