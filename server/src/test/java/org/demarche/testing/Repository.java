package org.demarche.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from tests, whatever directory Maven runs them in. */
public final class Repository {
  /** How many directories up from the working directory the repository root may be. */
  private static final int MAX_DEPTH = 8;

  private Repository() {}

  /** The nearest directory at or above the working directory that holds {@code scenarios/}. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (int depth = 0; depth < MAX_DEPTH && dir != null; depth++) {
      if (Files.isDirectory(dir.resolve("scenarios"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no scenarios/ directory at or above "
        + Path.of("").toAbsolutePath());
  }

  /** A file of the repository, e.g. {@code file("scenarios/tutorial.json")}. */
  public static Path file(String relative) {
    return root().resolve(relative);
  }
}
