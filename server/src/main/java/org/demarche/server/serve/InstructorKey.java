package org.demarche.server.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The instructor's key: from {@code DEMARCHE_INSTRUCTOR_KEY} when set, else the one kept in the
 * data folder, generated at first start. The key file is readable by its owner only.
 */
public final class InstructorKey {
  public static final String ENVIRONMENT = "DEMARCHE_INSTRUCTOR_KEY";
  static final String FILE = "instructor.key";
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 24;

  private InstructorKey() {}

  /** The key to use, creating and storing one in {@code dataFolder} if needed. */
  public static String resolve(Map<String, String> environment, Path dataFolder, SecureRandom random)
      throws IOException {
    String fromEnvironment = environment.get(ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    Path file = dataFolder.resolve(FILE);
    if (Files.exists(file)) {
      String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!stored.isEmpty()) {
        return stored;
      }
    }
    Files.createDirectories(dataFolder);
    String key = generate(random);
    Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    restrictToOwner(file);
    return key;
  }

  static String generate(SecureRandom random) {
    StringBuilder key = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return key.toString();
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the folder's own permissions have to do.
    }
  }
}
