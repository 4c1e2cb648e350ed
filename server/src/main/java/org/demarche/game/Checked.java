package org.demarche.game;

import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Result;

/** A value that passed its checks, or the rejection saying why it did not; exactly one is set. */
record Checked<T>(T value, Result.Rejected error) {
  static <T> Checked<T> ok(T value) {
    return new Checked<>(value, null);
  }

  static <T> Checked<T> fail(ErrorKind kind, String message) {
    return new Checked<>(null, Result.rejected(kind, message));
  }

  static <T> Checked<T> fail(Result.Rejected error) {
    return new Checked<>(null, error);
  }

  boolean failed() {
    return error != null;
  }
}
