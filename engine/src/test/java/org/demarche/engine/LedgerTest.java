package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void keepsEveryEntryInOrderAndGrowsPastItsCapacity() {
    Ledger ledger = new Ledger(2);
    for (int i = 0; i < 50; i++) {
      ledger.add(i, Cause.Kind.DYNAMIC, -1, i + 100, -1, i * 0.5, false);
    }
    ledger.add(7, Cause.dilemma(2, 3, 1), -4.25, true);
    assertEquals(51, ledger.size(), "every entry");
    Contribution first = ledger.get(0);
    assertEquals(0, first.variable(), "first variable");
    assertEquals(Cause.dynamic(100), first.cause(), "first cause");
    assertEquals(24.5, ledger.get(49).amount(), "an entry after growing");
    Contribution last = ledger.get(50);
    assertEquals(new Cause(Cause.Kind.DILEMMA, 2, 3, 1), last.cause(), "a cause with team and option");
    assertEquals(-4.25, last.amount(), "amount");
    assertEquals(true, last.delayed(), "delayed");
  }

  @Test
  void isReadOnlyAndBounded() {
    Ledger ledger = new Ledger(4);
    ledger.add(0, Cause.CLAMP, 1, false);
    assertThrows(IndexOutOfBoundsException.class, () -> ledger.get(1), "past the last entry");
    assertThrows(UnsupportedOperationException.class,
        () -> ledger.add(new Contribution(0, Cause.CLAMP, 1, false)), "not a mutable list");
  }
}
