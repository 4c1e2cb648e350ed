package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.demarche.game.GameLog;
import org.demarche.game.api.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The flusher's forcing, on files whose {@code force} the test holds back: a slow disk flush of
 * one game's journal never delays another's, and what is written during a force is forced after
 * it.
 */
@Timeout(30)
class JournalFlusherTest {
  /** An entry that needs no scenario to encode. */
  private static final List<JournalEntry> ENTRY = List.of(new JournalEntry.ClockMark(1_000));

  private final JournalFlusher flusher = new JournalFlusher();

  @AfterEach
  void close() {
    flusher.close();
  }

  @Test
  void aJournalWhoseFlushHangsDoesNotHoldBackAnother() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Journal slow = new Journal(release);
    Journal fast = new Journal((CountDownLatch) null);

    slow.journal.append(ENTRY);
    fast.journal.append(ENTRY);
    assertEquals(1, fast.nextDurable(), "the fast journal's first record is durable");
    fast.journal.append(ENTRY);
    fast.journal.append(ENTRY);
    assertEquals(3, fast.lastDurableUpTo(3), "and its next ones, while the slow flush hangs");
    assertTrue(slow.durable.isEmpty(), "the slow journal is not durable before its flush ends");

    release.countDown();
    assertEquals(1, slow.nextDurable(), "the slow journal is durable once its flush ends");
  }

  @Test
  void recordsWrittenDuringAFlushAreForcedByTheNextOne() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Journal journal = new Journal(release);

    journal.journal.append(ENTRY);
    journal.awaitFlushStart();
    journal.journal.append(ENTRY);
    journal.journal.append(ENTRY);
    release.countDown();

    assertEquals(1, journal.nextDurable(), "the first flush covers what was written before it");
    assertEquals(3, journal.nextDurable(), "one more flush covers both records written during it");
    assertEquals(2, journal.file.forces.get(), "two flushes in all");
  }

  @Test
  void aJournalClosesAfterItsLastRecordIsForced() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Journal journal = new Journal(release);

    journal.journal.append(ENTRY);
    journal.journal.close();
    journal.awaitFlushStart();
    assertFalse(journal.file.closed.await(200, TimeUnit.MILLISECONDS),
        "the file stays open while its flush runs");

    release.countDown();
    assertEquals(1, journal.nextDurable(), "the record is durable");
    assertTrue(journal.file.closed.await(10, TimeUnit.SECONDS), "then the file is closed");
  }

  @Test
  void closingTheFlusherWaitsForTheFlushesInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Journal journal = new Journal(release);
    journal.journal.append(ENTRY);
    journal.awaitFlushStart();

    Thread releaser = new Thread(() -> {
      sleepQuietly(200);
      release.countDown();
    });
    releaser.start();
    flusher.close();

    assertEquals(1, journal.durable.poll(), "closed only once the record was durable");
    releaser.join();
  }

  @Test
  void aWriteThatFailsStopsTheJournalAndIsReportedOnce() throws Exception {
    HeldFlushChannel full = HeldFlushChannel.onFullDisk();
    Journal journal = new Journal(full);

    assertEquals(1, journal.journal.append(ENTRY), "the entry still takes its sequence number");
    assertEquals(2, journal.journal.append(ENTRY));
    assertEquals(List.of("No space left on device"), journal.failures, "told once, at once");
    assertEquals(0, full.forces.get(), "nothing that failed to be written is forced");
    assertTrue(journal.durable.isEmpty(), "and nothing is said to be durable");
  }

  @Test
  void aNewJournalsOpeningIsForcedWithItsMetadataAndToldToAListenerThatComesLate()
      throws Exception {
    HeldFlushChannel file = new HeldFlushChannel(null);
    FileJournal created = FileJournal.created("g1", null, file, flusher);
    assertTrue(file.forceStarted.await(10, TimeUnit.SECONDS), "forced with nothing appended");

    Journal journal = new Journal(file, created); // listens now: during the force, or after it
    assertEquals(1, journal.nextDurable(), "the opening is durable");
    created.append(ENTRY);
    assertEquals(2, journal.lastDurableUpTo(2));
    assertEquals(List.of(true, false), file.withMetadata, "the first force writes the metadata");
  }

  /** A journal over a file whose flush waits for {@code release} (if any), and what it heard. */
  private final class Journal {
    final FileJournal journal;
    final HeldFlushChannel file;
    final BlockingQueue<Long> durable = new LinkedBlockingQueue<>();
    final List<String> failures = new CopyOnWriteArrayList<>();

    Journal(CountDownLatch release) {
      this(new HeldFlushChannel(release));
    }

    Journal(HeldFlushChannel file) {
      this(file, FileJournal.reopened("g1", null, file, flusher, 0));
    }

    Journal(HeldFlushChannel file, FileJournal journal) {
      this.file = file;
      this.journal = journal;
      journal.listen(new GameLog.Listener() {
        @Override
        public void durable(long sequence) {
          durable.add(sequence);
        }

        @Override
        public void failed(Exception cause) {
          failures.add(cause.getMessage());
        }
      });
    }

    void awaitFlushStart() throws InterruptedException {
      assertTrue(file.forceStarted.await(10, TimeUnit.SECONDS), "the flush starts");
      assertEquals(List.of(), failures, "the journal did not fail");
    }

    long nextDurable() throws InterruptedException {
      Long next = durable.poll(10, TimeUnit.SECONDS);
      assertTrue(next != null, "a durable sequence within 10 s");
      return next;
    }

    /** Waits for {@code sequence} to be durable and returns it. */
    long lastDurableUpTo(long sequence) throws InterruptedException {
      long last;
      do {
        last = nextDurable();
      } while (last < sequence);
      return last;
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
