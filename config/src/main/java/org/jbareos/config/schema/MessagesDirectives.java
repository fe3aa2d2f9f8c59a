package org.jbareos.config.schema;

import java.util.List;
import org.jbareos.config.value.MessageDestination;

/**
 * The Messages resource, the same in every daemon ({@code lib/messages_resource_items.h}).
 * Every destination directive accumulates: a resource can append to several files.
 */
public final class MessagesDirectives {

  private MessagesDirectives() {}

  public static final Directive<String> NAME = Directive.of("Name", ScalarTypes.NAME).required();
  public static final Directive<String> DESCRIPTION = Directive.of("Description", ScalarTypes.STRING);
  public static final Directive<String> MAIL_COMMAND = Directive.of("MailCommand", ScalarTypes.STRING);
  public static final Directive<String> OPERATOR_COMMAND =
      Directive.of("OperatorCommand", ScalarTypes.STRING);
  public static final Directive<String> TIMESTAMP_FORMAT =
      Directive.of("TimestampFormat", ScalarTypes.STRING);
  public static final Directive<List<MessageDestination>> SYSLOG = destination("Syslog");
  public static final Directive<List<MessageDestination>> MAIL = destination("Mail");
  public static final Directive<List<MessageDestination>> MAIL_ON_ERROR = destination("MailOnError");
  public static final Directive<List<MessageDestination>> MAIL_ON_SUCCESS =
      destination("MailOnSuccess");
  public static final Directive<List<MessageDestination>> FILE = destination("File");
  public static final Directive<List<MessageDestination>> APPEND = destination("Append");
  public static final Directive<List<MessageDestination>> STDOUT = destination("Stdout");
  public static final Directive<List<MessageDestination>> STDERR = destination("Stderr");
  public static final Directive<List<MessageDestination>> DIRECTOR = destination("Director");
  public static final Directive<List<MessageDestination>> CONSOLE = destination("Console");
  public static final Directive<List<MessageDestination>> OPERATOR = destination("Operator");
  public static final Directive<List<MessageDestination>> CATALOG = destination("Catalog");

  /** Every destination directive, in Bareos's order. */
  public static final List<Directive<List<MessageDestination>>> DESTINATIONS = List.of(SYSLOG,
      MAIL, MAIL_ON_ERROR, MAIL_ON_SUCCESS, FILE, APPEND, STDOUT, STDERR, DIRECTOR, CONSOLE,
      OPERATOR, CATALOG);

  public static final ResourceType TYPE = new ResourceType("Messages", List.of(NAME, DESCRIPTION,
      MAIL_COMMAND, OPERATOR_COMMAND, TIMESTAMP_FORMAT, SYSLOG, MAIL, MAIL_ON_ERROR,
      MAIL_ON_SUCCESS, FILE, APPEND, STDOUT, STDERR, DIRECTOR, CONSOLE, OPERATOR, CATALOG));

  private static Directive<List<MessageDestination>> destination(String name) {
    return Directive.of(name, MessageTypes.destination(name));
  }
}
