package org.jbareos.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login response of the Director (PROTOCOL.md §2.6, {@code lib/bnet.cc FormatAndSendResponseMessage}): a four-digit
 * id, a separator and text. Protocol 18.2 separates with the record separator 0x1E and sends no newline ({@code
 * 1000<RS>OK: bareos-dir Version: ...}); the old protocol uses a blank and ends with {@code \n} ({@code 1000 OK:
 * ...\n}). Both are read as python-bareos reads them, with {@code ^(\d\d\d\d)[ <RS>](.*)$}.
 *
 * @param id the message id ({@link #OK}, {@link #PAM_REQUIRED}, {@link #INFO}, or a refusal such as 1999)
 * @param text everything after the separator, as sent
 */
public record ResponseMessage(int id, String text) {
  /** {@code kMessageIdOk}: login accepted. */
  public static final int OK = 1000;
  /** {@code kMessageIdPamRequired}: the Director wants PAM credentials. */
  public static final int PAM_REQUIRED = 1001;
  /** {@code kMessageIdInfoMessage}: the text shown after the OK message. */
  public static final int INFO = 1002;
  /** {@code kMessageIdPamUserCredentials}: the console's answer with PAM user and password. */
  public static final int PAM_USER_CREDENTIALS = 4002;

  /** The separator of protocol 18.2 (ASCII record separator). */
  public static final char RECORD_SEPARATOR = '\u001e';

  private static final Pattern FORM = Pattern.compile("^(\\d\\d\\d\\d)[ \u001e](.*)$", Pattern.DOTALL);

  /** Reads a response; empty when the text has no four-digit id and separator. */
  public static Optional<ResponseMessage> parse(String message) {
    Matcher m = FORM.matcher(message);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ResponseMessage(Integer.parseInt(m.group(1)), m.group(2)));
  }

  /**
   * The form bconsole prints ({@code BStringList::JoinReadable}): the id, a blank and the text, record separators
   * shown as blanks, a trailing newline of the old form dropped: {@code 1000 OK: bareos-dir Version: ...}.
   */
  public String readable() {
    return id + " " + readableText();
  }

  /** Only the text, record separators as blanks, no trailing newline: what bconsole prints for the info message. */
  public String readableText() {
    String shown = text.replace(RECORD_SEPARATOR, ' ');
    return shown.endsWith("\n") ? shown.substring(0, shown.length() - 1) : shown;
  }

  /** The PAM credentials answer {@code 4002<RS><user><RS><password>} (python {@code pam_user_credentials}). */
  static String pamCredentials(String user, String password) {
    return PAM_USER_CREDENTIALS + String.valueOf(RECORD_SEPARATOR) + user + RECORD_SEPARATOR + password;
  }
}
