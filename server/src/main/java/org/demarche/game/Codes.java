package org.demarche.game;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * The source of join codes, observer codes, resume tokens and server-chosen seeds. Thread-safe
 * (the underlying {@link Random} is); any thread may call it.
 */
public final class Codes {
  /** Letters and digits that cannot be misread for one another: no 0/O, 1/I/L. */
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final int CODE_LENGTH = 7;
  private static final int DASH_AFTER = 4;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Random random;

  /** Codes from a {@link SecureRandom}: what the server uses, since codes guard games. */
  public Codes() {
    this(new SecureRandom());
  }

  /** Codes from a seeded generator, for reproducible tests. */
  public Codes(long seed) {
    this(new Random(seed));
  }

  /** Codes from the given generator; tests pass one that fails on demand. */
  public Codes(Random random) {
    this.random = random;
  }

  /** A code such as {@code K7PQ-2XM}: seven characters of {@link #ALPHABET}, a dash after four. */
  public String code() {
    StringBuilder code = new StringBuilder(CODE_LENGTH + 1);
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i == DASH_AFTER) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A resume token: 128 random bits as 32 hexadecimal digits. */
  public String token() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    char[] text = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      text[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(text);
  }

  /** A game seed chosen by the server; never 0, which means "choose one" in CreateGame. */
  public long seed() {
    long seed = random.nextLong();
    return seed == 0 ? 1 : seed;
  }

  /** A code as people type it, reduced to the form codes are compared in: upper case, no dashes. */
  public static String normalize(String typed) {
    StringBuilder code = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c != '-' && !Character.isWhitespace(c)) {
        code.append(c);
      }
    }
    return code.toString().toUpperCase(Locale.ROOT);
  }
}
