package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;
import org.demarche.game.GameLog;
import org.demarche.game.GameStore;
import org.demarche.game.api.Channel;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's format: what goes in comes back, and damage is found and handled as it should. */
class JournalFileTest {
  @TempDir Path data;
  private Scenario scenario;
  private String source;

  @BeforeEach
  void load() throws IOException {
    source = Files.readString(Repository.file("scenarios/tutorial.json"));
    LoadResult loaded = ScenarioLoader.load(source, "tutorial.json");
    scenario = loaded.scenario();
  }

  private Map<Scenario, String> sources() {
    Map<Scenario, String> sources = new java.util.IdentityHashMap<>();
    sources.put(scenario, source);
    return sources;
  }

  private static JournalEntry.Opened opened(String gameId) {
    return new JournalEntry.Opened(1_000, gameId, new Request.CreateGame("tutorial",
        List.of("gov"), List.of("partner"), 7, 4, 60, EffectDetail.QUALITATIVE),
        "AAAA-AAA", "BBBB-BBB", "CCCC-CCC", JournalEntry.Fork.NONE);
  }

  /** One of each kind of entry, with every field set. */
  private List<JournalEntry> entries() {
    boolean[] seenBy = {true, false, true};
    TurnInput input = new TurnInput(
        List.of(new TeamOrders("gov", List.of("rate_hike", "raise_fuel_price"),
            Map.of("b_event", "b", "a_event", "a"))),
        List.of("leaked_audio"),
        List.of(new AdhocEvent("Flood", "Rivers rise.",
            List.of(new AdhocEvent.Change(scenario.variableIndex("unrest"), 2.5)), seenBy)));
    return List.of(
        new JournalEntry.Command(2_000, Principal.ANONYMOUS,
            new Request.JoinGame("AAAA-AAA", "Alice", "gov"), "feedbeef"),
        new JournalEntry.Command(2_500, new Principal.Player("g1", "p1"),
            new Request.SendChat(Channel.TEAM_PAIR, "partner", "deal?"), ""),
        new JournalEntry.Command(3_000, new Principal.GameInstructor("g1"),
            new Request.InjectAdhoc("g1", "Flood", "Rivers rise.",
                List.of(new Request.AdhocEffect("unrest", 2.5)), List.of("gov")), ""),
        new JournalEntry.TimerExpired(4_000, 1),
        new JournalEntry.TurnResolved(4_000, 1, input, 0x1234_5678_9abc_def0L),
        new JournalEntry.ClockMark(5_000));
  }

  private GameLog written(FileGameStore store, String gameId, List<JournalEntry> entries)
      throws Exception {
    GameLog log = store.create(opened(gameId), scenario);
    CompletableFuture<Long> durable = new CompletableFuture<>();
    log.listen(new GameLog.Listener() {
      @Override
      public void durable(long sequence) {
        if (sequence == entries.size() + 1) {
          durable.complete(sequence);
        }
      }

      @Override
      public void failed(Exception cause) {
        durable.completeExceptionally(cause);
      }
    });
    if (!entries.isEmpty()) {
      assertEquals(entries.size() + 1, log.append(entries), "sequence numbers after the opening");
      durable.get(5, TimeUnit.SECONDS);
    }
    return log;
  }

  private byte[] encoded(List<JournalEntry> entries) {
    List<byte[]> bytes = new ArrayList<>();
    long sequence = 2;
    for (JournalEntry entry : entries) {
      bytes.add(JournalCodec.encode(entry, sequence++, scenario).toByteArray());
    }
    return String.valueOf(bytes.stream().map(java.util.Arrays::toString).toList()).getBytes();
  }

  @Test
  void everyKindOfEntryComesBackAsItWasWritten() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", entries()).close();
    }
    JournalReader.Read read = FileGameStore.readOnly(data, "g1");
    assertEquals(opened("g1"), read.opened());
    assertEquals(source, read.scenarioSource(), "the scenario's copy is the file as it was");
    // Entries hold arrays (who saw an ad-hoc event), so they are compared as written bytes.
    assertArrayEquals(encoded(entries()), encoded(read.entries()));
    JournalEntry.TurnResolved turn = (JournalEntry.TurnResolved) read.entries().get(4);
    assertEquals(List.of("rate_hike", "raise_fuel_price"), turn.input().orders().get(0).actions());
    assertTrue(turn.input().adhoc().get(0).visibleTo()[2]);
  }

  private Path journal() {
    return data.resolve("games").resolve("g1.journal");
  }

  private List<GameStore.StoredGame> reload() throws IOException {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      List<GameStore.StoredGame> games = store.load();
      games.forEach(g -> g.log().close());
      return games;
    }
  }

  @Test
  void aTornTailIsCutBackToTheLastWholeRecord() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", entries()).close();
    }
    long whole = Files.size(journal());
    byte[] bytes = Files.readAllBytes(journal());
    Files.write(journal(), java.util.Arrays.copyOf(bytes, bytes.length - 3));
    List<GameStore.StoredGame> games = reload();
    assertEquals(1, games.size());
    assertEquals(entries().size() - 1, games.get(0).entries().size(),
        "the last, torn entry is dropped; the others stay");
    assertTrue(Files.size(journal()) < whole - 3, "the file is cut back to a whole record");
    assertEquals(entries().size() - 1, reload().get(0).entries().size(), "and stays readable");
  }

  @Test
  void garbageAfterTheLastRecordIsATornTailToo() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", entries()).close();
    }
    Files.write(journal(), new byte[] {(byte) 0x80, (byte) 0x80, 0, 0, 0},
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(entries().size(), reload().get(0).entries().size());
  }

  @Test
  void damageInTheMiddleSetsTheGameAsideUntouched() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", entries()).close();
      written(store, "g2", entries()).close();
    }
    byte[] bytes = Files.readAllBytes(journal());
    int inSecondRecord = bytes.length - 40;
    bytes[inSecondRecord - 60] ^= 0x01;
    Files.write(journal(), bytes);
    List<GameStore.StoredGame> games = reload();
    assertEquals(List.of("g2"), games.stream().map(g -> g.opened().gameId()).toList(),
        "the other game loads");
    Path aside = data.resolve("set-aside").resolve("g1.journal");
    assertArrayEquals(bytes, Files.readAllBytes(aside), "kept byte for byte for inspection");
    assertFalse(Files.exists(journal()));
    String reason = Files.readString(data.resolve("set-aside").resolve("g1.reason.txt"));
    assertTrue(reason.contains("damaged in the middle"), reason);
  }

  @Test
  void aMissingEntryIsFoundBySequenceNumber() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", entries()).close();
    }
    JournalFile.Contents contents = JournalFile.read(journal());
    List<byte[]> kept = new ArrayList<>(contents.entries());
    kept.remove(2);
    try (var out = Files.newOutputStream(journal())) {
      for (byte[] entry : kept) {
        out.write(JournalFile.frame(entry));
      }
    }
    JournalException e = assertThrows(JournalException.class,
        () -> FileGameStore.readOnly(data, "g1"));
    assertTrue(e.getMessage().contains("missing or repeated"), e.getMessage());
  }

  @Test
  void aSecondServerCannotOpenTheSameDataFolder() throws Exception {
    try (FileGameStore first = FileGameStore.open(data, sources())) {
      IOException e = assertThrows(IOException.class, () -> FileGameStore.open(data, sources()));
      assertTrue(e.getMessage().contains("another server is using the data folder"),
          e.getMessage());
    }
    FileGameStore.open(data, sources()).close(); // free again once the first has closed
  }

  @Test
  void aJournalOfAnotherFormatIsRefusedWithTheVersions() throws Exception {
    try (FileGameStore store = FileGameStore.open(data, sources())) {
      written(store, "g1", List.of()).close();
    }
    JournalFile.Contents contents = JournalFile.read(journal());
    org.demarche.proto.v1.JournalEntry first =
        org.demarche.proto.v1.JournalEntry.parseFrom(contents.entries().get(0));
    byte[] newer = first.toBuilder().setOpened(first.getOpened().toBuilder()
        .setFormatVersion(2)).build().toByteArray();
    Files.write(journal(), JournalFile.frame(newer));
    JournalException e = assertThrows(JournalException.class,
        () -> FileGameStore.readOnly(data, "g1"));
    assertEquals("journal format 2; this server reads format 1", e.getMessage());
  }
}
