package org.demarche.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests that failed (an error reply, an unexpected reply, a closed connection); any thread. */
final class Failures {
  private static final int KEPT = 5;

  private final AtomicInteger count = new AtomicInteger();
  private final List<String> first = new ArrayList<>();

  void add(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (count.getAndIncrement() < KEPT) {
      synchronized (first) {
        first.add(cause.getClass().getSimpleName() + ": " + cause.getMessage());
      }
    }
  }

  int count() {
    return count.get();
  }

  /** The messages of the first few failures, to say what went wrong. */
  List<String> examples() {
    synchronized (first) {
      return List.copyOf(first);
    }
  }
}
