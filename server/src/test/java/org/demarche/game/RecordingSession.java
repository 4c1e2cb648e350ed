package org.demarche.game;

import java.util.ArrayList;
import java.util.List;
import org.demarche.game.api.Push;
import org.demarche.game.api.Session;

/** A fake connection that records every push it receives; any thread may push. */
class RecordingSession implements Session {
  private final String id;
  private final List<Push> pushes = new ArrayList<>();

  RecordingSession(String id) {
    this.id = id;
  }

  @Override
  public synchronized void push(Push push) {
    pushes.add(push);
  }

  @Override
  public String id() {
    return id;
  }

  synchronized List<Push> all() {
    return List.copyOf(pushes);
  }

  synchronized <T extends Push> List<T> of(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Push push : pushes) {
      if (type.isInstance(push)) {
        result.add(type.cast(push));
      }
    }
    return result;
  }

  /** The last push of a type; fails when there is none. */
  synchronized <T extends Push> T last(Class<T> type) {
    List<T> found = of(type);
    if (found.isEmpty()) {
      throw new AssertionError(id + " received no " + type.getSimpleName() + "; got " + pushes);
    }
    return found.get(found.size() - 1);
  }

  synchronized void clear() {
    pushes.clear();
  }
}
