package org.demarche.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the instructor key comes from. */
class InstructorKeyTest {
  @Test
  void aKeyIsGeneratedAtFirstStartAndKeptAfterwards(@TempDir Path data) throws IOException {
    String first = InstructorKey.resolve(Map.of(), data.resolve("d"), new SecureRandom());
    assertEquals(24, first.length(), "a 24-character key");
    assertTrue(Files.exists(data.resolve("d/instructor.key")), "stored in the data folder");
    String second = InstructorKey.resolve(Map.of(), data.resolve("d"), new SecureRandom());
    assertEquals(first, second, "the same key on the next start");
  }

  @Test
  void theEnvironmentOverridesTheStoredKey(@TempDir Path data) throws IOException {
    String stored = InstructorKey.resolve(Map.of(), data, new SecureRandom());
    String fromEnv = InstructorKey.resolve(Map.of(InstructorKey.ENVIRONMENT, " secret "), data,
        new SecureRandom());
    assertEquals("secret", fromEnv, "the environment's key, trimmed");
    assertNotEquals(stored, fromEnv, "not the stored one");
  }
}
