package org.demarche.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Forces the games' journal files to disk on a pool of threads. A game appends its records to
 * its own file on its own thread, then asks for a force; each journal has at most one force
 * queued or running, and a force covers everything written before it started, so under load
 * many records share one fsync (group commit) and a busy journal never waits for another's:
 * when a force ends with more written meanwhile, the journal queues again behind the others.
 * Several files are forced at once, since the disk completes several flushes at once far sooner
 * than one after the other (100 files on the project's VM: 185–260 ms one by one, 16–26 ms four
 * at a time, 6–16 ms sixteen at a time, no better with more). The game hears how far its journal
 * is durable on the thread that forced it, with no further hand-off.
 */
final class JournalFlusher implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JournalFlusher.class.getName());

  /** Flushes in flight at once: more than this only queue up in the device. */
  private static final int FORCE_THREADS = 16;

  private final ExecutorService forcing = Executors.newFixedThreadPool(FORCE_THREADS, r -> {
    Thread t = new Thread(r, "demarche-journal-force");
    t.setDaemon(true);
    return t;
  });
  /** Forces queued or running, so that {@link #close} can wait for the last. */
  private int inFlight;

  /** The forcing of a journal that is about to be written. */
  Forcing forcing(FileJournal journal) {
    return new Forcing(journal);
  }

  /**
   * One journal's forcing: how far it is written and forced, whether a force of it is queued or
   * running, and whether to close it once everything written is forced. Guarded by itself.
   */
  final class Forcing {
    private final FileJournal journal;
    private long written;
    private long forced;
    private boolean queued;
    private boolean closeRequested;
    private boolean closed;

    private Forcing(FileJournal journal) {
      this.journal = journal;
    }

    /** Everything up to {@code sequence} is written; queues a force if none is queued. */
    void written(long sequence) {
      synchronized (this) {
        written = sequence;
      }
      request();
    }

    /** Closes the file once everything written is forced. */
    void closeWhenForced() {
      synchronized (this) {
        closeRequested = true;
      }
      request();
    }

    /** Queues a force if something written is not forced, or closes the file if asked to. */
    private void request() {
      boolean closeNow;
      synchronized (this) {
        if (queued || closed) {
          return;
        }
        // A failed journal writes nothing more: what it wrote will never be forced.
        boolean unforced = written > forced && !journal.failed();
        closeNow = !unforced && closeRequested;
        if (!unforced && !closeNow) {
          return;
        }
        queued = !closeNow;
        closed = closeNow;
      }
      if (closeNow) {
        closeFile();
      } else {
        started();
        forcing.execute(this::force);
      }
    }

    private void force() {
      try {
        long upTo;
        synchronized (this) {
          upTo = written;
        }
        try {
          journal.force();
          journal.durable(upTo);
        } catch (IOException e) {
          journal.fail(e);
        } finally {
          synchronized (this) {
            forced = upTo;
            queued = false;
          }
        }
        request(); // written meanwhile, or asked to close
      } finally {
        ended(); // after request(): a force queued again keeps the count above zero
      }
    }

    private void closeFile() {
      try {
        journal.closeFile();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "game " + journal.gameId() + ": closing its journal failed", e);
      }
    }
  }

  private synchronized void started() {
    inFlight++;
  }

  private synchronized void ended() {
    if (--inFlight == 0) {
      notifyAll();
    }
  }

  /** Waits at most 10 s for the forces queued or running, then stops the threads. */
  @Override
  public void close() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      synchronized (this) {
        for (long left = deadline - System.nanoTime(); inFlight > 0 && left > 0;
            left = deadline - System.nanoTime()) {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    forcing.shutdown();
  }
}
