package org.jbareos.client;

/**
 * The Director refused the login: CRAM-MD5 failed ({@code 1999 Authorization failed.}, PROTOCOL.md §2.3, a wrong
 * password), an old-protocol console was not authorized ({@code 1999 You are not authorized.}, §2.6), or the Director
 * answered the login with another message than {@code 1000 OK}. python-bareos's {@code AuthenticationError}, which is
 * a {@link ConnectionError} there too.
 */
public class AuthenticationError extends ConnectionError {
  private static final long serialVersionUID = 1L;

  public AuthenticationError(String message) {
    super(message);
  }

  public AuthenticationError(String message, Throwable cause) {
    super(message, cause);
  }
}
