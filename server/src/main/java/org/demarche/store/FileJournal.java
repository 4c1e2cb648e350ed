package org.demarche.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
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
  private volatile Listener listener;
  private volatile boolean failed;

  FileJournal(String gameId, Scenario scenario, FileChannel channel, JournalFlusher flusher,
      long lastSequence) {
    this.gameId = gameId;
    this.scenario = scenario;
    this.channel = channel;
    this.forcing = flusher.forcing(this);
    this.sequence = lastSequence;
  }

  String gameId() {
    return gameId;
  }

  @Override
  public long append(List<JournalEntry> entries) {
    for (JournalEntry entry : entries) {
      sequence++;
      if (!failed) {
        byte[] bytes = JournalCodec.encode(entry, sequence, scenario).toByteArray();
        write(JournalFile.frame(bytes));
      }
    }
    if (!failed) {
      forcing.written(sequence);
    }
    return sequence;
  }

  private void write(byte[] record) {
    ByteBuffer buffer = ByteBuffer.wrap(record);
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  @Override
  public void listen(Listener listener) {
    this.listener = listener;
  }

  @Override
  public void close() {
    forcing.closeWhenForced();
  }

  // --- the flusher's side ---

  boolean failed() {
    return failed;
  }

  void force() throws IOException {
    channel.force(false);
  }

  void durable(long upTo) {
    Listener l = listener;
    if (l != null) {
      l.durable(upTo);
    }
  }

  /** The first failure, of a write or of a force, stops the journal; later ones add nothing. */
  void fail(Exception cause) {
    synchronized (this) {
      if (failed) {
        return;
      }
      failed = true;
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
