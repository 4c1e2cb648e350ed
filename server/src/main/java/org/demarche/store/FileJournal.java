package org.demarche.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.game.GameLog;
import org.demarche.game.api.JournalEntry;

/**
 * One game's journal file, open for appending. The game encodes and writes its entries on its own
 * executor (a write to the page cache, which does not wait for the disk); the
 * {@link JournalFlusher} forces them and reports back.
 */
final class FileJournal implements GameLog {
  private static final System.Logger LOG = System.getLogger(FileJournal.class.getName());

  private final String gameId;
  private final Scenario scenario;
  private final FileChannel channel;
  private final JournalFlusher.Forcing forcing;
  /** The last sequence number handed out; game executor only. */
  private long sequence;
  /** Whether the file was just created: its first force then writes its metadata too. */
  private volatile boolean created;
  private volatile Listener listener;
  /** How far the file is forced, for a listener that comes after the force. */
  private volatile long durable;
  private volatile Exception failure;

  private FileJournal(String gameId, Scenario scenario, FileChannel channel,
      JournalFlusher flusher, long lastSequence, boolean created) {
    this.gameId = gameId;
    this.scenario = scenario;
    this.channel = channel;
    this.forcing = flusher.forcing(this);
    this.sequence = lastSequence;
    this.created = created;
  }

  /** A file just created with the game's opening, not forced yet: its force is asked for now. */
  static FileJournal created(String gameId, Scenario scenario, FileChannel channel,
      JournalFlusher flusher) {
    FileJournal journal = new FileJournal(gameId, scenario, channel, flusher, 1, true);
    journal.forcing.written(1);
    return journal;
  }

  /** An existing file, open for appending after its last whole entry, {@code lastSequence}. */
  static FileJournal reopened(String gameId, Scenario scenario, FileChannel channel,
      JournalFlusher flusher, long lastSequence) {
    return new FileJournal(gameId, scenario, channel, flusher, lastSequence, false);
  }

  String gameId() {
    return gameId;
  }

  @Override
  public long append(List<JournalEntry> entries) {
    for (JournalEntry entry : entries) {
      sequence++;
      if (!failed()) {
        byte[] bytes = JournalCodec.encode(entry, sequence, scenario).toByteArray();
        write(JournalFile.frame(bytes));
      }
    }
    if (!failed()) {
      forcing.written(sequence);
    }
    return sequence;
  }

  @Override
  public long lastSequence() {
    return sequence;
  }

  private void write(byte[] record) {
    try {
      JournalFile.append(channel, record);
    } catch (IOException e) {
      fail(e);
    }
  }

  /**
   * Sets the listener and tells it what it missed: a new journal's opening may be forced, or
   * fail, before the game listens. Both sides write their field before reading the other's, so
   * one of them at least tells it (twice does no harm).
   */
  @Override
  public void listen(Listener listener) {
    this.listener = listener;
    Exception failed = failure;
    if (failed != null) {
      listener.failed(failed);
    } else if (durable > 0) {
      listener.durable(durable);
    }
  }

  @Override
  public void close() {
    forcing.closeWhenForced();
  }

  // --- the flusher's side ---

  boolean failed() {
    return failure != null;
  }

  /** The flusher's thread, one force at a time. */
  void force() throws IOException {
    channel.force(created);
    created = false;
  }

  void durable(long upTo) {
    durable = upTo;
    Listener l = listener;
    if (l != null) {
      l.durable(upTo);
    }
  }

  /** The first failure, of a write or of a force, stops the journal; later ones add nothing. */
  void fail(Exception cause) {
    synchronized (this) {
      if (failure != null) {
        return;
      }
      failure = cause;
    }
    LOG.log(Level.ERROR, "game " + gameId + ": its journal cannot be written; the game stops"
        + " accepting changes", cause);
    Listener l = listener;
    if (l != null) {
      l.failed(cause);
    }
  }

  void closeFile() throws IOException {
    channel.close();
  }
}
