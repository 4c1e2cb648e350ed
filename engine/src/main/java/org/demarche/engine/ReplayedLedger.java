package org.demarche.engine;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.demarche.engine.model.Scenario;

/**
 * A turn's causal ledger, recorded when first read by resolving the same turn again: the engine
 * is deterministic, so it is the turn's own, bit for bit. Simulations and policies never read a
 * ledger, and recording one every turn was about a third of a turn's allocation. Read-only; any
 * thread may read it.
 */
final class ReplayedLedger extends AbstractList<Contribution> implements RandomAccess {
  private final Scenario scenario;
  private final GameState previous;
  private final TurnInput input;
  /** Null until first read; two threads reading at once may both record it, equally. */
  private volatile Ledger ledger;

  ReplayedLedger(Scenario scenario, GameState previous, TurnInput input) {
    this.scenario = scenario;
    this.previous = previous;
    this.input = input;
  }

  private Ledger ledger() {
    Ledger recorded = ledger;
    if (recorded == null) {
      recorded = TurnResolver.ledgerOf(scenario, previous, input);
      ledger = recorded;
    }
    return recorded;
  }

  @Override
  public Contribution get(int index) {
    return ledger().get(index);
  }

  @Override
  public int size() {
    return ledger().size();
  }
}
