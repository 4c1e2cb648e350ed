package org.demarche.game;

import java.util.List;
import org.demarche.game.api.JournalEntry;

/**
 * One game's journal, as the game layer sees it: entries go in, and the store says when they are
 * on disk. Appending does not wait for the disk; the game acknowledges a step only once it is
 * durable.
 */
public interface GameLog {
  /**
   * What the store tells a game about its journal: on a store thread, or within {@link #append}
   * when the write itself fails.
   */
  interface Listener {
    /** Every entry up to {@code sequence} is on disk. */
    void durable(long sequence);

    /** The journal could not be written; nothing appended since the last durable is safe. */
    void failed(Exception cause);
  }

  /** A journal that keeps nothing: every entry is "durable" at once, as sequence 0. */
  GameLog NONE = new GameLog() {
    @Override
    public long append(List<JournalEntry> entries) {
      return 0;
    }

    @Override
    public void listen(Listener listener) {}

    @Override
    public void close() {}
  };

  /**
   * Queues entries for writing; game executor only.
   *
   * @return the sequence number of the last of them, which {@link Listener#durable} will reach
   */
  long append(List<JournalEntry> entries);

  /**
   * The sequence of the last entry appended, or of the opening a new journal was created with:
   * what a step that must follow everything written so far waits for. 0 when nothing is kept.
   */
  default long lastSequence() {
    return 0;
  }

  /** Sets the one listener; before the first append. */
  void listen(Listener listener);

  /** Closes the file once what was appended is written; any thread. */
  void close();
}
