package org.demarche.client.net;

/**
 * A session could not be established; the message is the sentence to show, the kind tells the
 * command line which exit code to use.
 *
 * <p>Immutable once thrown; any thread.
 */
public final class ConnectFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the session could not be established. */
  public enum Kind {
    /** No TCP connection: wrong address, server down, firewall. */
    UNREACHABLE,
    /** Connected, but the handshake failed: another protocol, another version, a timeout. */
    HANDSHAKE,
    /** The server refused the identity: wrong code or key, team full, game started or ended. */
    REFUSED
  }

  private final Kind kind;

  public ConnectFailure(Kind kind, String sentence, Throwable cause) {
    super(sentence, cause);
    this.kind = kind;
  }

  /** Why the session could not be established. */
  public Kind kind() {
    return kind;
  }
}
