package org.demarche.bench.load;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.Channel;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.LockIn;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerMessage;

/**
 * A player bot. On each turn's {@code TeamView} it adds its own action to the team's draft,
 * chats to its team, takes the action out, puts it back and chats again, thinking a random time
 * (uniform, 0 to twice the mean) before each request; the last of its team to finish locks the
 * team in. Its latencies count from the first turn after the warm-up, which it starts only when
 * the run says so (every player has finished warming up). After its turns it can {@link #saturate} the server: the same edits and chat, no
 * thinking. All its work runs on its connection's event loop, one request at a time.
 */
final class Player {
  private enum Step { ADD, CHAT, REMOVE }

  private static final Step[] TURN = {Step.ADD, Step.CHAT, Step.REMOVE, Step.ADD, Step.CHAT};
  private static final Step[] SATURATE = {Step.ADD, Step.REMOVE, Step.CHAT};
  // Players beyond their team's count of actions would collide on the draft: they only chat.
  private static final Step[] CHAT_ONLY = {Step.CHAT};

  /**
   * Where a player sits and what it shares with the others of its game and team.
   *
   * @param member the player's index within its team, which picks its action
   */
  record Seat(String name, String teamId, int member, GameTracker game, TeamTurns team) {}

  /**
   * What every player of a run shares.
   *
   * @param warmupLatencies the latencies of the warm-up's turns, apart from the measured ones
   * @param lockIns the measured turns' lock-ins again, on their own: a game's last one waits
   *     for the turn's resolution
   * @param measuring completed by the run when the measured turns may start
   */
  record Play(int warmupTurns, int turns, long thinkNanos, LatencyHistogram warmupLatencies,
      LatencyHistogram latencies, LatencyHistogram lockIns, CompletableFuture<Void> measuring,
      Failures failures) {
    int playedTurns() {
      return warmupTurns + turns;
    }

    LatencyHistogram latenciesOf(int turn) {
      return turn < warmupTurns ? warmupLatencies : latencies;
    }

    /** Where a lock-in's latency goes: with the turn's requests and, once measured, apart too. */
    LatencyHistogram[] lockInLatenciesOf(int turn) {
      return turn < warmupTurns
          ? new LatencyHistogram[] {warmupLatencies}
          : new LatencyHistogram[] {latencies, lockIns};
    }
  }

  private final Connection connection;
  private final Seat seat;
  private final Play play;
  private final SplittableRandom random;
  private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();
  private final CompletableFuture<Void> played = new CompletableFuture<>();
  private String actionId;
  private int started;
  private int reports;

  private Player(Connection connection, Seat seat, Play play, long seed) {
    this.connection = connection;
    this.seat = seat;
    this.play = play;
    this.random = new SplittableRandom(seed);
    if (play.warmupTurns() == 0) {
      warmedUp.complete(null);
    }
  }

  /** Connects, says Hello and joins the game of {@code joinCode} on the seat's team. */
  static CompletableFuture<Player> join(ClientGroup group, InetSocketAddress server,
      Traffic traffic, String joinCode, Seat seat, Play play, long seed) {
    return Connection.open(group, server, traffic).thenCompose(connection -> {
      Player player = new Player(connection, seat, play, seed);
      connection.listen(player::push);
      return connection.call(ClientMessage.newBuilder().setJoinGame(JoinGame.newBuilder()
              .setCode(joinCode).setDisplayName(seat.name()).setTeamId(seat.teamId())),
          ServerMessage.BodyCase.GAME_SESSION).thenApply(session -> player);
    });
  }

  /** Completes when this player has the reports of its warm-up turns; fails with its first failure. */
  CompletableFuture<Void> warmedUp() {
    return warmedUp;
  }

  /** Completes when this player has the reports of all its turns; fails with its first failure. */
  CompletableFuture<Void> played() {
    return played;
  }

  /** How many turn reports this player has received. */
  int reports() {
    return reports;
  }

  private void push(ServerMessage.BodyCase kind, ByteBuf frame) throws IOException {
    if (kind == ServerMessage.BodyCase.TEAM_VIEW && started == reports
        && started < play.playedTurns()) {
      if (started == 0) {
        List<ActionOption> actions =
            ServerMessage.parseFrom(frame.nioBuffer()).getTeamView().getActionsList();
        actionId = seat.member() < actions.size() ? actions.get(seat.member()).getId() : null;
      }
      int turn = started++;
      Runnable begin = () -> turn(turn, actionId == null ? CHAT_ONLY : TURN, 0);
      if (turn == play.warmupTurns() && turn > 0) {
        play.measuring().thenRun(() -> connection.channel().eventLoop().execute(begin));
      } else {
        begin.run();
      }
    } else if (kind == ServerMessage.BodyCase.TURN_REPORT) {
      seat.game().reported(reports++, System.nanoTime());
      if (reports == play.warmupTurns()) {
        warmedUp.complete(null);
      }
      if (reports == play.playedTurns()) {
        played.complete(null);
      }
    } else if (kind == ServerMessage.BodyCase.ERROR) {
      fail(new IOException("the server pushed an error: "
          + ServerMessage.parseFrom(frame.nioBuffer()).getError().getMessage()));
    }
  }

  private void turn(int turn, Step[] steps, int next) {
    if (next == steps.length) {
      if (seat.team().finish(turn)) {
        seat.game().lockingIn(turn, System.nanoTime());
        timed(ClientMessage.newBuilder().setLockIn(LockIn.getDefaultInstance()),
            play.lockInLatenciesOf(turn))
            .exceptionally(this::fail);
      }
      return;
    }
    long think = play.thinkNanos() == 0 ? 0 : random.nextLong(2 * play.thinkNanos() + 1);
    connection.channel().eventLoop().schedule(
        () -> timed(request(steps[next], turn), play.latenciesOf(turn))
            .thenRun(() -> turn(turn, steps, next + 1))
            .exceptionally(this::fail),
        think, TimeUnit.NANOSECONDS);
  }

  /**
   * Sends the saturation requests back to back until {@code deadlineNanos} (of
   * {@link System#nanoTime}); completes when the last reply has come.
   */
  CompletableFuture<Void> saturate(long deadlineNanos, LatencyHistogram latencies) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    connection.channel().eventLoop().execute(() ->
        burst(actionId == null ? CHAT_ONLY : SATURATE, 0, deadlineNanos, latencies, done));
    return done;
  }

  private void burst(Step[] steps, int next, long deadlineNanos, LatencyHistogram latencies,
      CompletableFuture<Void> done) {
    if (System.nanoTime() - deadlineNanos >= 0) {
      done.complete(null);
      return;
    }
    timed(request(steps[next % steps.length], reports), latencies)
        .thenRun(() -> burst(steps, next + 1, deadlineNanos, latencies, done))
        .exceptionally(failure -> {
          play.failures().add(failure);
          done.completeExceptionally(failure);
          return null;
        });
  }

  private ClientMessage.Builder request(Step step, int turn) {
    ClientMessage.Builder request = ClientMessage.newBuilder();
    switch (step) {
      case ADD -> request.setEditDraft(EditDraft.newBuilder().setAddActionId(actionId));
      case REMOVE -> request.setEditDraft(EditDraft.newBuilder().setRemoveActionId(actionId));
      case CHAT -> request.setSendChat(SendChat.newBuilder().setChannel(Channel.TEAM)
          .setText("turn " + (turn + 1) + ": " + seat.name() + " would rather keep this one"));
      default -> throw new AssertionError("no request for " + step + ": a bug");
    }
    return request;
  }

  /** Sends a request that expects an {@code Ack} and records the time to its reply in each. */
  private CompletableFuture<ServerMessage> timed(ClientMessage.Builder request,
      LatencyHistogram... into) {
    long sent = System.nanoTime();
    return connection.call(request, ServerMessage.BodyCase.ACK).thenApply(reply -> {
      long latency = System.nanoTime() - sent;
      for (LatencyHistogram latencies : into) {
        latencies.record(latency);
      }
      return reply;
    });
  }

  /** Counts the failure and ends this player's play with it; returns null for the future. */
  private <T> T fail(Throwable failure) {
    play.failures().add(failure);
    warmedUp.completeExceptionally(failure);
    played.completeExceptionally(failure);
    return null;
  }
}
