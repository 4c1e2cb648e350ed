package org.demarche.net;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.demarche.game.api.GameService;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Session;

/**
 * A game service for net tests: records every call and answers with scripted stages, else with
 * its default answer (Ack, principal unchanged). Thread-safe, since socket tests call it from
 * event loops.
 */
final class FakeGameService implements GameService {
  /** One call of {@link #handle}. */
  record Call(Session session, Principal principal, Request request) {}

  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final Queue<CompletionStage<Outcome>> scripted = new ConcurrentLinkedQueue<>();
  private final List<Principal> disconnected = new CopyOnWriteArrayList<>();
  private volatile Function<Call, Result> answer = call -> Result.ACK;

  /** The next calls get these stages, in order, before the default answer resumes. */
  void script(CompletionStage<Outcome> stage) {
    scripted.add(stage);
  }

  /** Replaces the default answer; the principal stays what the call carried. */
  void answerWith(Function<Call, Result> answer) {
    this.answer = answer;
  }

  @Override
  public CompletionStage<Outcome> handle(Session session, Principal principal, Request request) {
    Call call = new Call(session, principal, request);
    calls.add(call);
    CompletionStage<Outcome> stage = scripted.poll();
    return stage != null
        ? stage
        : CompletableFuture.completedFuture(new Outcome(answer.apply(call), principal));
  }

  @Override
  public void disconnected(Session session, Principal principal) {
    disconnected.add(principal);
  }

  @Override
  public java.util.concurrent.CompletionStage<Void> shutdown(String message) {
    throw new UnsupportedOperationException("the net layer never shuts the game down");
  }

  /** The oldest call not yet taken, waiting up to five seconds for it. */
  Call takeCall() throws InterruptedException {
    Call call = calls.poll(5, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("the game service was not called within 5 s");
    }
    return call;
  }

  /** How many calls have not been taken yet. */
  int pendingCalls() {
    return calls.size();
  }

  /** The principals of the sessions that disconnected, in order. */
  List<Principal> disconnected() {
    return List.copyOf(disconnected);
  }
}
