package org.jbareos.director.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jbareos.config.dir.CatalogDirectives;
import org.jbareos.config.dir.ClientDirectives;
import org.jbareos.config.dir.ConsoleDirectives;
import org.jbareos.config.dir.DirectorDirectives;
import org.jbareos.config.dir.FileSetDirectives;
import org.jbareos.config.dir.JobDirectives;
import org.jbareos.config.dir.PoolDirectives;
import org.jbareos.config.dir.ProfileDirectives;
import org.jbareos.config.dir.ScheduleDirectives;
import org.jbareos.config.dir.StorageDirectives;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.Setting;
import org.jbareos.config.value.Password;

/**
 * {@code show <resource type>} ({@code show_cmd}, {@code dird/ua_cmds.cc}; {@code PrintConfig}, {@code
 * lib/res.cc}): the resources of a type with the directives whose values differ from the default, in the order of
 * the resource's directive table; booleans as {@code Yes}/{@code No} ({@code OutputFormatterResource::KeyBool}). In JSON {@code {"clients":{"bareos-fd":{"name":...,"port":19102,"password":"[md5]...",
 * "tlsenable":false}}}} (keys: the directive names lower-cased without blanks; passwords always as {@code [md5]}
 * and the hex digest, as the recording shows), in text the resource in configuration syntax.
 */
final class ShowCommand implements ConsoleCommand {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A type {@code show} knows: its words and the name of its JSON object. */
  private record Shown(List<String> words, String jsonName, ResourceType type) {}

  private static final List<Shown> TYPES = List.of(
      new Shown(List.of("directors", "director"), "directors", DirectorDirectives.TYPE),
      new Shown(List.of("clients", "client"), "clients", ClientDirectives.TYPE),
      new Shown(List.of("jobs", "job"), "jobs", JobDirectives.JOB_TYPE),
      new Shown(List.of("jobdefs"), "jobdefs", JobDirectives.JOBDEFS_TYPE),
      new Shown(List.of("storages", "storage"), "storages", StorageDirectives.TYPE),
      new Shown(List.of("catalogs", "catalog"), "catalogs", CatalogDirectives.TYPE),
      new Shown(List.of("schedules", "schedule"), "schedules", ScheduleDirectives.TYPE),
      new Shown(List.of("filesets", "fileset"), "filesets", FileSetDirectives.TYPE),
      new Shown(List.of("pools", "pool"), "pools", PoolDirectives.TYPE),
      new Shown(List.of("consoles", "console"), "consoles", ConsoleDirectives.TYPE),
      new Shown(List.of("profiles", "profile"), "profiles", ProfileDirectives.TYPE));

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    if (line.size() < 2) {
      out.error("Keywords for the show command are: %s\n", String.join(" ",
          TYPES.stream().map(t -> t.words().getFirst()).toList()));
      return false;
    }
    String word = line.key(1).toLowerCase(Locale.ROOT);
    var shown = TYPES.stream().filter(t -> t.words().contains(word)).findFirst();
    if (shown.isEmpty()) {
      out.error("%s resource %s not found.\n", line.key(1), line.value(1).orElse(""));
      return false;
    }
    List<Resource> resources = session.director().config().loaded().all(shown.get().type());
    String only = line.value(1).orElse(null);
    out.objectStart(shown.get().jsonName());
    for (Resource resource : resources) {
      if (only != null && !only.equals(resource.name())) {
        continue;
      }
      out.objectStart(resource.name());
      out.decoration("%s {\n", shown.get().type().name());
      for (Directive<?> directive : shown.get().type().directives()) {
        Setting setting = resource.settings().get(directive);
        boolean isName = directive.equals(shown.get().type().nameDirective());
        if (setting == null || (!isName && Objects.equals(setting.value(), directive.defaultValue()))) {
          continue;
        }
        Object value = setting.value();
        out.keyValue(directive.name().replace(" ", ""), json(value),
            "  " + directive.name() + " = " + text(value) + "\n");
      }
      out.decoration("}\n\n");
      out.objectEnd();
    }
    out.objectEnd();
    return true;
  }

  private static JsonNode json(Object value) {
    return switch (value) {
      case null -> JSON.nullNode();
      case Password password -> JSON.textNode("[md5]" + password.md5Hex());
      case Boolean b -> JSON.booleanNode(b);
      case Integer i -> JSON.numberNode(i);
      case Long l -> JSON.numberNode(l);
      case Duration d -> JSON.numberNode(d.toSeconds());
      case Collection<?> list -> {
        ArrayNode array = JSON.arrayNode();
        list.forEach(item -> array.add(json(item)));
        yield array;
      }
      default -> JSON.textNode(value.toString());
    };
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> "";
      case Password password -> "\"[md5]" + password.md5Hex() + "\"";
      case Boolean b -> b ? "Yes" : "No";
      case Integer i -> i.toString();
      case Long l -> l.toString();
      case Duration d -> Long.toString(d.toSeconds());
      case Collection<?> list -> String.join(", ", list.stream().map(ShowCommand::text).toList());
      default -> "\"" + value + "\"";
    };
  }
}
