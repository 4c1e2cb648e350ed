package org.demarche.store;

/** A journal that cannot be read or replayed; the message says what is wrong with it. */
public final class JournalException extends Exception {
  public JournalException(String message) {
    super(message);
  }
}
