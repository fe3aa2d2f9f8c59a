package org.jbareos.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code jbareos console -c bconsole.conf} in its own JVM with commands fed on its standard input, as a script runs
 * bconsole ({@code bconsole < commands}). The console stays up between commands: after each command the test sends
 * {@code @echo <marker>}, the console's own command, and the command's answer is everything the console printed
 * between the echo of the command and the echo of the marker line (a console reading a pipe echoes each line it
 * reads, then prints the Director's answer before it reads the next line).
 */
final class ConsoleProcess implements AutoCloseable {

  private static final Duration ANSWER_TIME = Duration.ofSeconds(90);

  private final Process process;
  private final OutputStream stdin;
  private final InputStream stdout;
  private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
  private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "console-stdout");
    thread.setDaemon(true);
    return thread;
  });
  private int markers;

  private ConsoleProcess(Process process) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.stdout = process.getInputStream();
  }

  /** Starts the console; its standard error goes to {@code errorLog}. */
  static ConsoleProcess start(Path projectRoot, Path bconsoleConf, Path errorLog) throws IOException {
    Process process = new ProcessBuilder(JbareosCommandLine.of(projectRoot, "console", "-c", bconsoleConf.toString()))
        .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()))
        .start();
    return new ConsoleProcess(process);
  }

  /** How a console run on a whole script ended. */
  record ScriptRun(int exitStatus, String output, String errors) {}

  /**
   * Runs {@code jbareos console -c <conf> < script} to its end, as a cron job runs bconsole.
   *
   * @param workDir where the script and the outputs are kept
   */
  static ScriptRun runScript(Path projectRoot, Path bconsoleConf, String script, Path workDir)
      throws IOException, InterruptedException {
    Path input = java.nio.file.Files.writeString(workDir.resolve("script"), script, StandardCharsets.UTF_8);
    Path output = workDir.resolve("stdout");
    Path errors = workDir.resolve("stderr");
    Process process = new ProcessBuilder(JbareosCommandLine.of(projectRoot, "console", "-c", bconsoleConf.toString()))
        .redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    if (!process.waitFor(ANSWER_TIME.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("the console did not end within " + ANSWER_TIME + "; it printed:\n"
          + java.nio.file.Files.readString(output, StandardCharsets.UTF_8));
    }
    return new ScriptRun(process.exitValue(), java.nio.file.Files.readString(output, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(errors, StandardCharsets.UTF_8));
  }

  /** The login text up to the first command: {@code Connecting to Director ...}, {@code 1000 OK: ...}. */
  String login() throws IOException {
    return readUntil(marker());
  }

  /** Sends one command line and returns the console's output for it (the echoed command line excluded). */
  String call(String command) throws IOException {
    if (command.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("one command line at a time: " + command);
    }
    byte[] line = (command + "\n").getBytes(StandardCharsets.UTF_8);
    stdin.write(line);
    String answer = readUntil(marker());
    String echoed = command + "\n";
    return answer.startsWith(echoed) ? answer.substring(echoed.length()) : answer;
  }

  /** Sends {@code @echo <marker>} and reads up to the marker's echo; returns the text before that. */
  private String marker() {
    return "--- jbareos systemtest marker " + (++markers) + " ---";
  }

  private String readUntil(String marker) throws IOException {
    stdin.write(("@echo " + marker + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
    // The console prints "@echo <marker>\n" (the echo of the line it read), then "<marker words> \n".
    String end = "@echo " + marker + "\n" + marker + " \n";
    Future<String> answer = reader.submit(() -> {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int b;
      while ((b = stdout.read()) >= 0) {
        text.write(b);
        transcript.write(b);
        if (b == '\n' && text.toString(StandardCharsets.UTF_8).endsWith(end)) {
          String all = text.toString(StandardCharsets.UTF_8);
          return all.substring(0, all.length() - end.length());
        }
      }
      throw new IOException("the console ended before answering (exit status "
          + (process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : "none") + ")");
    });
    try {
      return answer.get(ANSWER_TIME.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("no answer from the console within " + ANSWER_TIME + "; it printed so far:\n"
          + transcript(), e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage() + "; it printed:\n" + transcript(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the console", e);
    }
  }

  /** Everything the console printed so far, for failure messages. */
  String transcript() {
    return transcript.toString(StandardCharsets.UTF_8);
  }

  /** Ends the input (the console then says goodbye to the Director and exits, as bconsole at end of file). */
  @Override
  public void close() throws IOException {
    try {
      stdin.close();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      reader.shutdownNow();
    }
  }
}
