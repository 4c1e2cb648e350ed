package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token bucket of one connection's requests, on a ticker moved by hand. */
class RequestRateTest {
  private final MockTicker ticker = Ticker.newMockTicker();
  private final RequestRate rate = new RequestRate(10, 5, ticker);

  @Test
  void aFreshConnectionMaySendItsBurstAtOnceAndNoMore() {
    for (int i = 1; i <= 5; i++) {
      assertTrue(rate.tryTake(), "request " + i + " of the burst of 5 is allowed");
    }
    assertFalse(rate.tryTake(), "the sixth at the same instant is refused");
  }

  @Test
  void theBucketRefillsAtTheRateButNeverBeyondTheBurst() {
    for (int i = 0; i < 5; i++) {
      rate.tryTake();
    }
    ticker.advance(100, TimeUnit.MILLISECONDS);
    assertTrue(rate.tryTake(), "a tenth of a second at 10 per second gives one request");
    assertFalse(rate.tryTake(), "and only one");

    ticker.advance(1, TimeUnit.HOURS);
    for (int i = 1; i <= 5; i++) {
      assertTrue(rate.tryTake(), "after a quiet hour request " + i + " is allowed");
    }
    assertFalse(rate.tryTake(), "but the bucket holds no more than the burst");
  }
}
