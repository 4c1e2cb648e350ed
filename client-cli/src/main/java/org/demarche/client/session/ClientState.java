package org.demarche.client.session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.GameStatus;
import org.demarche.proto.v1.Lobby;
import org.demarche.proto.v1.LobbyTeam;
import org.demarche.proto.v1.Participant;
import org.demarche.proto.v1.PendingDilemma;
import org.demarche.proto.v1.Phase;
import org.demarche.proto.v1.ProposalState;
import org.demarche.proto.v1.ProposalUpdate;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.TeamView;
import org.demarche.proto.v1.TurnReport;
import org.demarche.proto.v1.VariableValue;

/**
 * What the client knows of the game from the latest replies and pushes: the team view, the
 * clock, the lobby, proposals, the last report, names for completion, and a numbered log of
 * pushes that {@code wait} commands watch.
 *
 * <p>Written by the connection's reader thread (pushes) and the command thread (replies); read by
 * those and by the prompt. Every method is synchronized on this object, and waits use its monitor.
 */
public final class ClientState {
  /** How many pushes the log keeps for {@code wait}; older ones are forgotten. */
  private static final int LOG_SIZE = 1_000;

  /** A push and its number in arrival order. */
  private record Logged(long sequence, ServerMessage push) {}

  private final Role role;
  private final LongSupplier nanoClock;
  private GameSession session = GameSession.getDefaultInstance();
  private TeamView view;
  private Phase phase = Phase.PHASE_UNSPECIFIED;
  private int turn;
  private String turnLabel = "";
  private long millisLeft;
  private long millisLeftAtNanos;
  private int lastReportTurn;
  private boolean linkDown;
  private String linkDeadReason;
  private Lobby lobby;
  private String currentGame = "";
  private String observedTeam = "";
  private final List<ScenarioInfo> scenarios = new ArrayList<>();
  private final Set<String> gameIds = new LinkedHashSet<>();
  private final Set<String> teams = new LinkedHashSet<>();
  private final Map<String, String> participantsByName = new LinkedHashMap<>();
  private final Map<String, ProposalUpdate> pendingProposals = new LinkedHashMap<>();
  private final Deque<Logged> log = new ArrayDeque<>();
  private long nextSequence;

  /** A state for a role; the clock is {@code System::nanoTime} except in tests. */
  public ClientState(Role role, LongSupplier nanoClock) {
    this.role = role;
    this.nanoClock = nanoClock;
  }

  public Role role() {
    return role;
  }

  /**
   * Takes in any message from the server, reply or push. Pushes become visible to waits only
   * through {@link #logPush}, called once the push has been printed.
   */
  public synchronized void absorb(ServerMessage message) {
    switch (message.getBodyCase()) {
      case GAME_SESSION:
        session = message.getGameSession();
        phase = session.getPhase();
        addTeam(session.getTeamId());
        break;
      case TEAM_VIEW:
        absorbView(message.getTeamView());
        break;
      case DRAFT_CHANGED:
        if (view != null && view.getTeamId().equals(message.getDraftChanged().getTeamId())) {
          view = view.toBuilder().setDraft(message.getDraftChanged().getDraft()).build();
        }
        break;
      case GAME_STATUS:
        absorbStatus(message.getGameStatus());
        break;
      case TIMER_WARNING:
        setClock(message.getTimerWarning().getMillisLeft());
        break;
      case TURN_REPORT:
        absorbReport(message.getTurnReport());
        break;
      case HISTORY:
        message.getHistory().getReportsList().forEach(this::absorbReport);
        break;
      case PROPOSAL:
        absorbProposal(message.getProposal());
        break;
      case LOBBY:
        absorbLobby(message.getLobby());
        break;
      case LOBBY_CHANGE:
        Participant who = message.getLobbyChange().getParticipant();
        participantsByName.put(who.getDisplayName(), who.getParticipantId());
        addTeam(message.getLobbyChange().getTeamId());
        break;
      case SCENARIO_LIST:
        scenarios.clear();
        scenarios.addAll(message.getScenarioList().getScenariosList());
        break;
      case GAME_LIST:
        message.getGameList().getGamesList().forEach(game -> gameIds.add(game.getGameId()));
        break;
      case GAME_CREATED:
        currentGame = message.getGameCreated().getGameId();
        gameIds.add(currentGame);
        break;
      case INSTRUCTOR_SESSION:
        // A co-instructor runs one game: it is the current game from the start.
        if (!message.getInstructorSession().getGameId().isEmpty()) {
          currentGame = message.getInstructorSession().getGameId();
          gameIds.add(currentGame);
        }
        break;
      default:
        // Acks, errors and messages this client does not track change nothing here.
        break;
    }
  }

  /**
   * Logs a push for {@code wait} and wakes the waits. Called after the push was printed, so a
   * script's next line never runs before the push it waited for is on the output.
   */
  public synchronized void logPush(ServerMessage push) {
    log.addLast(new Logged(nextSequence++, push));
    if (log.size() > LOG_SIZE) {
      log.removeFirst();
    }
    notifyAll();
  }

  private void absorbView(TeamView incoming) {
    view = incoming;
    phase = incoming.getPhase();
    turn = incoming.getTurn();
    turnLabel = incoming.getTurnLabel();
    setClock(incoming.getMillisLeft());
    addTeam(incoming.getTeamId());
    for (ActionOption action : incoming.getActionsList()) {
      addTeam(action.getPartnerTeamId());
    }
    for (Participant teammate : incoming.getTeammatesList()) {
      participantsByName.put(teammate.getDisplayName(), teammate.getParticipantId());
    }
  }

  private void absorbStatus(GameStatus status) {
    phase = status.getPhase();
    if (status.getTurn() > 0) {
      turn = status.getTurn();
      turnLabel = status.getTurnLabel();
    }
    setClock(status.getMillisLeft());
  }

  private void absorbReport(TurnReport report) {
    lastReportTurn = Math.max(lastReportTurn, report.getTurn());
    // A report of turn t closes it: until the next view arrives, turn t + 1 is the open one.
    if (report.getOutcome().isEmpty() && turn <= report.getTurn()) {
      turn = report.getTurn() + 1;
    }
    if (!report.getOutcome().isEmpty()) {
      phase = Phase.ENDED;
    }
    report.getScoresList().forEach(score -> addTeam(score.getTeamId()));
  }

  private void absorbProposal(ProposalUpdate proposal) {
    if (proposal.getState() == ProposalState.PENDING) {
      pendingProposals.put(proposal.getProposalId(), proposal);
    } else {
      pendingProposals.remove(proposal.getProposalId());
    }
    addTeam(proposal.getFromTeamId());
    addTeam(proposal.getToTeamId());
  }

  private void absorbLobby(Lobby incoming) {
    lobby = incoming;
    gameIds.add(incoming.getGame().getGameId());
    for (LobbyTeam team : incoming.getTeamsList()) {
      addTeam(team.getTeamId());
      team.getPlayersList().forEach(p -> participantsByName.put(p.getDisplayName(), p.getParticipantId()));
    }
    incoming.getUnassignedList()
        .forEach(p -> participantsByName.put(p.getDisplayName(), p.getParticipantId()));
    incoming.getObserversList()
        .forEach(p -> participantsByName.put(p.getDisplayName(), p.getParticipantId()));
    if (role == Role.INSTRUCTOR) {
      phase = incoming.getGame().getPhase();
    }
  }

  private void addTeam(String teamId) {
    if (!teamId.isEmpty()) {
      teams.add(teamId);
    }
  }

  private void setClock(long millis) {
    millisLeft = millis;
    millisLeftAtNanos = nanoClock.getAsLong();
  }

  /** The game session this client holds, or the default instance for the instructor. */
  public synchronized GameSession session() {
    return session;
  }

  /** The latest team view, if any arrived. */
  public synchronized Optional<TeamView> view() {
    return Optional.ofNullable(view);
  }

  public synchronized Phase phase() {
    return phase;
  }

  /** The turn open for orders as far as the client knows (0 before the game starts). */
  public synchronized int turn() {
    return turn;
  }

  public synchronized String turnLabel() {
    return turnLabel;
  }

  /** The last turn whose report arrived (0 for none). */
  public synchronized int lastReportTurn() {
    return lastReportTurn;
  }

  /** The time left in the turn now, counted down locally since the server last said it. */
  public synchronized long millisLeftNow() {
    if (phase != Phase.RUNNING || millisLeft == 0) {
      return millisLeft;
    }
    long elapsed = (nanoClock.getAsLong() - millisLeftAtNanos) / 1_000_000;
    return Math.max(0, millisLeft - elapsed);
  }

  /** Whether the team's draft is locked in, as of the latest view and draft push. */
  public synchronized boolean locked() {
    return view != null && view.getDraft().getLocked();
  }

  public synchronized Optional<Lobby> lobby() {
    return Optional.ofNullable(lobby);
  }

  /** The instructor's current game: the last created or chosen with {@code use}. */
  public synchronized String currentGame() {
    return currentGame;
  }

  public synchronized void useGame(String gameId) {
    currentGame = gameId;
    gameIds.add(gameId);
  }

  /** Forgets an archived or deleted game; when it was the current one, there is none now. */
  public synchronized void forgetGame(String gameId) {
    gameIds.remove(gameId);
    if (currentGame.equals(gameId)) {
      currentGame = "";
    }
  }

  /** The team an observer looks at, empty for the server's choice. */
  public synchronized String observedTeam() {
    return observedTeam;
  }

  public synchronized void observeTeam(String teamId) {
    observedTeam = teamId;
    addTeam(teamId);
  }

  public synchronized List<ScenarioInfo> scenarios() {
    return List.copyOf(scenarios);
  }

  /**
   * A participant's id from a display name (any case) or an id; the input itself when unknown, so
   * the server can answer with its own sentence.
   */
  public synchronized String participantId(String nameOrId) {
    for (Map.Entry<String, String> entry : participantsByName.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(nameOrId)) {
        return entry.getValue();
      }
    }
    return nameOrId;
  }

  /** Whether the link to the server is down or given up, and why. */
  public synchronized void linkChanged(boolean down, String deadReason) {
    linkDown = down;
    linkDeadReason = deadReason;
    notifyAll();
  }

  public synchronized boolean linkDown() {
    return linkDown;
  }

  /** Completion candidates for an argument kind, from what the client has seen so far. */
  public synchronized List<String> candidates(CommandSpec.ArgKind kind, List<String> previous) {
    List<String> out = new ArrayList<>();
    switch (kind) {
      case ACTION:
        if (view != null) {
          view.getActionsList().forEach(a -> out.add(a.getId()));
        }
        break;
      case DRAFT_ACTION:
        if (view != null) {
          out.addAll(view.getDraft().getActionIdsList());
        }
        break;
      case TEAM:
        out.addAll(teams);
        break;
      case PARTICIPANT:
        out.addAll(participantsByName.keySet());
        break;
      case PROPOSAL:
        out.addAll(pendingProposals.keySet());
        break;
      case DILEMMA:
        if (view != null) {
          view.getDilemmasList().forEach(d -> out.add(d.getEventId()));
        }
        break;
      case OPTION:
        addOptions(out, previous.isEmpty() ? "" : previous.get(previous.size() - 1));
        break;
      case EVENT:
        scenarios.forEach(s -> s.getInjectsList().forEach(e -> out.add(e.getId())));
        break;
      case GAME:
        out.addAll(gameIds);
        break;
      case SCENARIO:
        scenarios.forEach(s -> out.add(s.getId()));
        break;
      case VARIABLE:
        if (view != null) {
          view.getVariablesList().stream().map(VariableValue::getId).forEach(out::add);
        }
        break;
      case WAIT_WHAT:
        out.addAll(List.of("turn", "report", "push"));
        break;
      case REPORT_OPTION:
        addReportOptions(out, previous);
        break;
      case HISTORY_OPTION:
        out.add("--full");
        break;
      default:
        break;
    }
    return out;
  }

  /** After {@code --format} its values, after {@code --out} nothing (a file), else the flags. */
  private static void addReportOptions(List<String> out, List<String> previous) {
    String last = previous.isEmpty() ? "" : previous.get(previous.size() - 1);
    if ("--format".equals(last)) {
      out.addAll(ReportCommand.FORMATS);
    } else if (!"--out".equals(last)) {
      out.addAll(List.of("--format", "--out"));
    }
  }

  private void addOptions(List<String> out, String eventId) {
    if (view == null) {
      return;
    }
    for (PendingDilemma dilemma : view.getDilemmasList()) {
      if (dilemma.getEventId().equals(eventId)) {
        dilemma.getOptionsList().forEach(o -> out.add(o.getId()));
      }
    }
  }

  /** The number the next push will get; a wait that starts from it sees only later pushes. */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  /**
   * Waits for a push numbered {@code from} or later that matches, and returns its number; pushes
   * that arrived before the wait began count, so a push that beat the wait is not missed.
   *
   * @throws TimeoutException when none arrives by the deadline
   * @throws IOException when the client gave up reconnecting
   */
  public synchronized long awaitPush(Predicate<ServerMessage> match, long from, long deadlineNanos)
      throws TimeoutException, IOException, InterruptedException {
    while (true) {
      for (Logged entry : log) {
        if (entry.sequence() >= from && match.test(entry.push())) {
          return entry.sequence();
        }
      }
      waitUntil(deadlineNanos);
    }
  }

  /**
   * Waits until the game reaches a turn (or ends).
   *
   * @throws TimeoutException when it does not by the deadline
   * @throws IOException when the client gave up reconnecting
   */
  public synchronized void awaitTurn(int wanted, long deadlineNanos)
      throws TimeoutException, IOException, InterruptedException {
    while (turn < wanted && phase != Phase.ENDED) {
      waitUntil(deadlineNanos);
    }
  }

  /**
   * Waits until the report of a turn (or a later one) has arrived.
   *
   * @throws TimeoutException when it does not by the deadline
   * @throws IOException when the client gave up reconnecting
   */
  public synchronized void awaitReport(int wanted, long deadlineNanos)
      throws TimeoutException, IOException, InterruptedException {
    while (lastReportTurn < wanted) {
      waitUntil(deadlineNanos);
    }
  }

  private void waitUntil(long deadlineNanos)
      throws TimeoutException, IOException, InterruptedException {
    if (linkDeadReason != null) {
      throw new IOException(linkDeadReason);
    }
    long millis = (deadlineNanos - System.nanoTime()) / 1_000_000;
    if (millis <= 0) {
      throw new TimeoutException();
    }
    wait(millis);
  }
}
