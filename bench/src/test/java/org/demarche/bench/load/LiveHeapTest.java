package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

class LiveHeapTest {
  private static final int HELD_BYTES = 8 << 20;

  @Test
  void theTotalLineOfAClassHistogramGivesTheBytes() {
    String histogram = """
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:          1529         287752  java.lang.Class (java.base@17.0.15)
           2:          9667         446640  [B (java.base@17.0.15)
        Total         28790        1770984
        """;
    assertEquals(1_770_984, LiveHeap.totalBytes(histogram));
  }

  @Test
  void textWithoutATotalLineIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> LiveHeap.totalBytes("GC.class_histogram: unknown command"));
  }

  @Test
  void anArrayKeptAliveIsCountedToTheKilobyteAndGarbageIsNot() {
    long before = LiveHeap.bytes();
    byte[] held = new byte[HELD_BYTES];
    assertEquals(HELD_BYTES, garbage().length, "an array dropped as soon as it is made");

    long after = LiveHeap.bytes();

    Reference.reachabilityFence(held);
    assertTrue(Math.abs(after - before - HELD_BYTES) < 256 << 10,
        "the live heap grew by the held array's 8 MB, not by the garbage: " + before + " → "
            + after);
  }

  private static byte[] garbage() {
    return new byte[HELD_BYTES];
  }
}
