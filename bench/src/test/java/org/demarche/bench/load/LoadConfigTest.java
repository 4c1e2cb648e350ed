package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadConfigTest {
  private static final Path FOLDER = Path.of("/dev/shm");

  private static LoadConfig config(InetSocketAddress server, String key, boolean journal,
      Path journalParent) {
    return new LoadConfig(20, 2, 1, 1, 0, "tutorial-quenara", Duration.ofMillis(5),
        Duration.ofSeconds(1), server, key, "256m", List.of(), journal, journalParent, 2,
        Duration.ofSeconds(30));
  }

  @Test
  void aJournalFolderIsForTheForkedServersJournals() {
    assertEquals(FOLDER, config(null, null, true, FOLDER).journalParent());
    assertEquals(null, config(null, null, true, null).journalParent(),
        "without one, the system's temporary folder");
  }

  @Test
  void aJournalFolderWithoutAJournalOrWithAnExternalServerIsRefused() {
    IllegalArgumentException noJournal = assertThrows(IllegalArgumentException.class,
        () -> config(null, null, false, FOLDER));
    assertEquals("a journal folder is for the forked server's journals: not with an external"
        + " server or without a journal", noJournal.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> config(new InetSocketAddress("127.0.0.1", 7450), "key", true, FOLDER));
  }
}
