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
 * One game's journal file, open for appending. The game encodes and queues entries on its own
 * executor; the {@link JournalWriter} thread writes and forces them and reports back.
 */
final class FileJournal implements GameLog {
  private static final System.Logger LOG = System.getLogger(FileJournal.class.getName());

  private final String gameId;
  private final Scenario scenario;
  private final FileChannel channel;
  private final JournalWriter writer;
  /** The last sequence number handed out; game executor only. */
  private long sequence;
  private volatile Listener listener;
  private volatile boolean failed;

  FileJournal(String gameId, Scenario scenario, FileChannel channel, JournalWriter writer,
      long lastSequence) {
    this.gameId = gameId;
    this.scenario = scenario;
    this.channel = channel;
    this.writer = writer;
    this.sequence = lastSequence;
  }

  String gameId() {
    return gameId;
  }

  @Override
  public long append(List<JournalEntry> entries) {
    for (JournalEntry entry : entries) {
      sequence++;
      byte[] bytes = JournalCodec.encode(entry, sequence, scenario).toByteArray();
      writer.write(this, JournalFile.frame(bytes), sequence);
    }
    return sequence;
  }

  @Override
  public void listen(Listener listener) {
    this.listener = listener;
  }

  @Override
  public void close() {
    writer.close(this);
  }

  // --- the writer thread's side ---

  boolean failed() {
    return failed;
  }

  void writeRecord(byte[] record) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(record);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
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

  void fail(Exception cause) {
    failed = true;
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
