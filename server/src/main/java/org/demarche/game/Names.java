package org.demarche.game;

import java.util.Collection;
import java.util.Optional;
import org.demarche.expr.NameSuggester;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Result;

/** Rejections for names that match nothing, with a did-you-mean hint; any thread. */
final class Names {
  private Names() {}

  /** "no team 'govv'; did you mean 'gov'?" or, with no close name, the list of known ones. */
  static Result.Rejected unknown(
      ErrorKind kind, String what, String name, Collection<String> known) {
    Optional<String> close = NameSuggester.closest(name, known);
    String hint = close.isPresent()
        ? "did you mean '" + close.get() + "'?"
        : known.isEmpty() ? "there is none" : "known: " + String.join(", ", known);
    return Result.rejected(kind, "no " + what + " '" + name + "'; " + hint);
  }

  /** Checks a piece of text people type: not blank, at most {@code max} characters. */
  static Result.Rejected text(String what, String text, int max) {
    if (text == null || text.isBlank()) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, what + " must not be empty");
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT,
          what + " has " + length + " characters; the most is " + max);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return Result.rejected(ErrorKind.INVALID_ARGUMENT,
            what + " contains a control character; use plain text");
      }
    }
    return null;
  }
}
