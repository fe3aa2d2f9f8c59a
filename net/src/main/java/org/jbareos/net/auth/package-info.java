/**
 * CRAM-MD5 authentication (PROTOCOL.md §2.3): {@link org.jbareos.net.auth.TwoWayAuthentication} runs both halves
 * in the order of the side ({@code accept} = challenge first, {@code connect} = response first) with a {@link
 * org.jbareos.net.auth.CramKey} (password MD5, {@code [md5]} literal or session key) and {@link
 * org.jbareos.net.auth.CramSettings} (failure delay, response timeout). {@link org.jbareos.net.auth.CramChallenge}
 * is the challenge line; {@link org.jbareos.net.auth.SessionKey} makes job session keys (§2.7).
 */
package org.jbareos.net.auth;
