package org.demarche.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Scenario;
import org.demarche.game.GameLog;
import org.demarche.game.GameStore;
import org.demarche.game.api.JournalEntry;
import org.demarche.proto.v1.GameOpened;

/**
 * Games kept in a data folder: {@code games/} holds the journals of the active games,
 * {@code archive/} those the instructor archived, and {@code set-aside/} those that could not be
 * replayed, each beside a text file that says why.
 */
public final class FileGameStore implements GameStore, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(FileGameStore.class.getName());
  static final String SUFFIX = ".journal";
  private static final String LOCK = "server.lock";

  private final Path games;
  private final Path archive;
  private final Path setAside;
  private final JournalFlusher flusher = new JournalFlusher();
  /** The file each scenario was compiled from, to copy into new journals; lookups only. */
  private final Map<Scenario, String> sources = new IdentityHashMap<>();

  /** Held while the store is open, so that a second server cannot write the same journals. */
  private final FileChannel lock;

  private FileGameStore(Path folder, FileChannel lock) {
    this.lock = lock;
    this.games = folder.resolve("games");
    this.archive = folder.resolve("archive");
    this.setAside = folder.resolve("set-aside");
  }

  /**
   * Opens (and creates) a data folder.
   *
   * @param sources the text of each scenario new games may be created from
   */
  public static FileGameStore open(Path folder, Map<Scenario, String> sources) throws IOException {
    Files.createDirectories(folder);
    FileChannel lock = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    boolean locked;
    try {
      locked = lock.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      locked = false; // this process holds it already
    }
    if (!locked) {
      lock.close();
      throw new IOException("another server is using the data folder " + folder
          + "; stop it first, or give this one another --data folder");
    }
    FileGameStore store = new FileGameStore(folder, lock);
    Files.createDirectories(store.games);
    Files.createDirectories(store.archive);
    Files.createDirectories(store.setAside);
    synchronized (store.sources) {
      store.sources.putAll(sources);
    }
    return store;
  }

  @Override
  public GameLog create(JournalEntry.Opened opened, Scenario scenario) throws IOException {
    String source;
    synchronized (sources) {
      source = sources.get(scenario);
    }
    if (source == null) {
      throw new IOException("the text of scenario '" + opened.settings().scenarioId()
          + "' is not known to the store, so the game could not be journaled");
    }
    org.demarche.proto.v1.JournalEntry plain = JournalCodec.encode(opened, 1, scenario);
    GameOpened withCopy = plain.getOpened().toBuilder()
        .setScenarioJson(source)
        .setScenarioSha256(sha256(source))
        .build();
    byte[] entry = plain.toBuilder().setOpened(withCopy).build().toByteArray();
    Path file = games.resolve(opened.gameId() + SUFFIX);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      JournalFile.append(channel, JournalFile.frame(entry));
    } catch (IOException e) {
      channel.close();
      Files.deleteIfExists(file);
      throw e;
    }
    // Forced by the flusher like any record, not on this thread (a Netty event loop, often):
    // the game answers its creator once the opening is durable.
    return FileJournal.created(opened.gameId(), scenario, channel, flusher);
  }

  @Override
  public List<StoredGame> load() {
    List<StoredGame> result = new ArrayList<>();
    for (Path file : journals(games)) {
      String gameId = gameIdOf(file);
      try {
        JournalReader.Read read = JournalReader.read(file, true);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
        synchronized (sources) {
          sources.put(read.scenario(), read.scenarioSource());
        }
        result.add(new StoredGame(read.opened(), read.scenario(), read.entries(),
            FileJournal.reopened(gameId, read.scenario(), channel, flusher,
                read.entries().size() + 1)));
      } catch (JournalException | IOException e) {
        setAside(gameId, e.getMessage());
      }
    }
    return result;
  }

  /** A game's journal, active or archived, read without opening it for writing. */
  public static JournalReader.Read readOnly(Path folder, String gameId)
      throws IOException, JournalException {
    for (String sub : new String[] {"games", "archive"}) {
      Path file = folder.resolve(sub).resolve(gameId + SUFFIX);
      if (Files.exists(file)) {
        return JournalReader.read(file, false);
      }
    }
    throw new JournalException("no game '" + gameId + "' in " + folder.resolve("games")
        + " or " + folder.resolve("archive"));
  }

  @Override
  public void setAside(String gameId, String reason) {
    Path file = games.resolve(gameId + SUFFIX);
    try {
      Files.move(file, setAside.resolve(gameId + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(setAside.resolve(gameId + ".reason.txt"), reason + "\n",
          StandardCharsets.UTF_8);
      LOG.log(Level.ERROR, "game " + gameId + " cannot be recovered: " + reason + ". Its journal"
          + " is kept in " + setAside + "; the other games go on");
    } catch (IOException e) {
      LOG.log(Level.ERROR, "game " + gameId + " cannot be recovered (" + reason + ") and its"
          + " journal could not be moved aside", e);
    }
  }

  @Override
  public void archive(String gameId) throws IOException {
    Files.move(games.resolve(gameId + SUFFIX), archive.resolve(gameId + SUFFIX));
  }

  @Override
  public void delete(String gameId) throws IOException {
    Files.deleteIfExists(games.resolve(gameId + SUFFIX));
    Files.deleteIfExists(archive.resolve(gameId + SUFFIX));
  }

  /** Waits for the forces in flight and stops the flusher. */
  @Override
  public void close() {
    flusher.close();
    try {
      lock.close(); // releases the lock
    } catch (IOException e) {
      LOG.log(Level.WARNING, "the data folder's lock did not close cleanly", e);
    }
  }

  private static List<Path> journals(Path folder) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
      for (Path file : entries) {
        files.add(file);
      }
    } catch (IOException e) {
      LOG.log(Level.ERROR, "cannot list the journals in " + folder, e);
    }
    // g2 before g10: shorter names first, then by name.
    files.sort((a, b) -> {
      int byLength = Integer.compare(a.getFileName().toString().length(),
          b.getFileName().toString().length());
      return byLength != 0 ? byLength : a.compareTo(b);
    });
    return files;
  }

  private static String gameIdOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
