package org.demarche.bench.load;

import java.util.concurrent.atomic.LongAdder;

/** Frames and their bytes (without the length prefix) sent and received; any thread. */
final class Traffic {
  private final LongAdder framesOut = new LongAdder();
  private final LongAdder framesIn = new LongAdder();
  private final LongAdder bytesOut = new LongAdder();
  private final LongAdder bytesIn = new LongAdder();

  void sent(int bytes) {
    framesOut.increment();
    bytesOut.add(bytes);
  }

  void received(int bytes) {
    framesIn.increment();
    bytesIn.add(bytes);
  }

  Snapshot snapshot() {
    return new Snapshot(framesOut.sum(), framesIn.sum(), bytesOut.sum(), bytesIn.sum());
  }

  /** The counters at one instant; {@link #minus} gives what happened between two. */
  record Snapshot(long framesOut, long framesIn, long bytesOut, long bytesIn) {
    Snapshot minus(Snapshot earlier) {
      return new Snapshot(framesOut - earlier.framesOut, framesIn - earlier.framesIn,
          bytesOut - earlier.bytesOut, bytesIn - earlier.bytesIn);
    }

    long frames() {
      return framesOut + framesIn;
    }

    /** The mean frame size in both directions, in bytes; 0 without frames. */
    int meanFrameBytes() {
      return frames() == 0 ? 0 : (int) ((bytesOut + bytesIn) / frames());
    }
  }
}
