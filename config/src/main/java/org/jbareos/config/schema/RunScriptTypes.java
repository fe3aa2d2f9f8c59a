package org.jbareos.config.schema;

import java.util.List;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.value.RunScript;

/**
 * Job scripts: the {@code Run Script { ... }} block ({@code dird_conf.cc: runscript_items}) and the
 * short forms {@code Run Before Job}, {@code Run After Job}, {@code Run After Failed Job},
 * {@code Client Run Before Job}, {@code Client Run After Job} ({@code CFG_TYPE_SHRTRUNSCRIPT}).
 */
public final class RunScriptTypes {

  private RunScriptTypes() {}

  static final List<String> ITEMS = List.of("Command", "Console", "Target", "RunsOnSuccess",
      "RunsOnFailure", "FailJobOnError", "AbortJobOnError", "RunsWhen", "RunsOnClient");

  private static final ValueType<String> WHEN = ScalarTypes.keyword("a time", RunScript.WHEN);

  /** {@code Run Script { Command = "..."; Runs When = After; ... }}. */
  public static final ValueType<List<RunScript>> BLOCK = new ValueType<>() {
    @Override
    public String expected() {
      return "a block { Command = ...; Runs When = ... }";
    }

    @Override
    public List<RunScript> parse(DirectiveNode node) throws ValueException {
      DirectiveValue.Block block = Values.block(node, expected());
      String command = null;
      boolean console = false;
      String when = "Never";
      boolean onSuccess = true;
      boolean onFailure = false;
      boolean onClient = true;
      boolean failJob = true;
      for (DirectiveNode d : block.directives()) {
        switch (d.key()) {
          case "command" -> command = ScalarTypes.STRING.parse(d);
          case "console" -> {
            command = ScalarTypes.STRING.parse(d);
            console = true;
          }
          case "target" -> onClient = !ScalarTypes.STRING.parse(d).isEmpty();
          case "runsonsuccess" -> onSuccess = ScalarTypes.BOOL.parse(d);
          case "runsonfailure" -> onFailure = ScalarTypes.BOOL.parse(d);
          case "failjobonerror", "abortjobonerror" -> failJob = ScalarTypes.BOOL.parse(d);
          case "runswhen" -> when = WHEN.parse(d);
          case "runsonclient" -> onClient = ScalarTypes.BOOL.parse(d);
          default -> throw new ValueException(d.position(), "unknown directive '" + d.name()
              + "' in Run Script" + NameSuggestion.hint(d.name(), ITEMS));
        }
      }
      if (command == null) {
        throw new ValueException(node.position(),
            "missing required directive 'Command' (or 'Console') in Run Script");
      }
      return List.of(new RunScript(command, console, when, onSuccess, onFailure, onClient,
          failJob, node.position()));
    }

    @Override
    public List<RunScript> parseDefault(String text) {
      throw new UnsupportedOperationException("Run Script has no default");
    }

    @Override
    public List<RunScript> combine(List<RunScript> earlier, List<RunScript> later) {
      return Values.concat(earlier, later);
    }
  };

  /**
   * A short form. Its meaning is fixed by the directive: {@code Run Before Job} runs on the
   * Director before the job, {@code Client Run After Job} on the client after it, and
   * {@code Run After Failed Job} only after a failure.
   */
  public static ValueType<List<RunScript>> shortForm(String when, boolean onClient,
      boolean onSuccess, boolean onFailure) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return "a command";
      }

      @Override
      public List<RunScript> parse(DirectiveNode node) throws ValueException {
        String command = ScalarTypes.STRING.parse(node);
        return List.of(new RunScript(command, false, when, onSuccess, onFailure, onClient, true,
            node.position()));
      }

      @Override
      public List<RunScript> parseDefault(String text) {
        throw new UnsupportedOperationException("Run scripts have no default");
      }

      @Override
      public List<RunScript> combine(List<RunScript> earlier, List<RunScript> later) {
        return Values.concat(earlier, later);
      }
    };
  }
}
