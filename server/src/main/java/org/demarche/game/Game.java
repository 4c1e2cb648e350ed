package org.demarche.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.Engine;
import org.demarche.engine.GameRandom;
import org.demarche.engine.GameState;
import org.demarche.engine.PendingDilemma;
import org.demarche.engine.Policies;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TeamView;
import org.demarche.engine.TurnInput;
import org.demarche.engine.TurnReport;
import org.demarche.engine.TurnResult;
import org.demarche.engine.Views;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Info;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.game.api.SeatKind;
import org.demarche.game.api.Session;
import org.demarche.game.api.View;
import org.demarche.review.AfterActionReview;
import org.demarche.review.Audience;
import org.demarche.review.GameRecord;
import org.demarche.review.ReviewFormat;

/**
 * One exercise: its lobby, the open turn with each team's shared draft, the timer and the
 * instructor's acts, driving the pure engine at each resolution; its people are in a
 * {@link Roster} and what they say in a {@link Conversation}. What changes it is journaled by its
 * {@link Host}. Plain Java without locks: every method runs on the game's serial executor
 * (construction excepted), after {@link Authorization} has let the request through.
 */
final class Game implements Membership, TurnTimer.Listener {
  static final int MAX_NAME = 40;
  static final int MAX_TEXT = 2000;
  static final int MAX_EXTEND_SECONDS = GameSettings.MAX_TURN_SECONDS;

  /** What a game needs of the host that runs it; game executor only. */
  interface Host {
    /** A new resume token; when replaying, the one the journal recorded. */
    String token();

    /** Keeps the server's index of resume tokens in step. */
    void issued(String token, String gameId);

    void revoked(String token);

    /** What started the running step when no request did (the timer), for the journal. */
    void triggered(JournalEntry entry);

    /** An entry the running step produced, for the journal (a resolved turn). */
    void produced(JournalEntry entry);

    /** Says something to a connection once the running step is durable. */
    void push(Session session, Push push);
  }

  private final String id;
  private final GameSettings settings;
  private final Scenario scenario;
  private final String joinCode;
  private final String observerCode;
  private final Host host;
  private final TimeSource time;
  private final TurnTimer timer;
  private final ViewBuilder views;
  private final List<String> teamIds = new ArrayList<>();
  private final Roster roster;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<String> injects = new ArrayList<>();
  private final List<AdhocEvent> adhoc = new ArrayList<>();
  /** seen.get(k).get(t): what team t was shown after turn k, so estimates stay as shown. */
  private final List<List<TeamView>> seen = new ArrayList<>();
  private final List<TurnReport> reports = new ArrayList<>();
  /** states.get(k): the state after turn k, with the instructor's corrections made since. */
  private final List<GameState> states = new ArrayList<>();
  private final List<GameRecord.Act> acts = new ArrayList<>();
  private final Conversation conversation;
  /** What went into the engine, in order: what a fork of this game inherits. */
  private final List<JournalEntry.EngineStep> engineSteps = new ArrayList<>();
  private final GameRecord.Branch branch;
  private GameState state;
  private Phase phase = Phase.LOBBY;
  private String outcome = "";

  /**
   * Any thread; the game is not shared until the server publishes it.
   *
   * @param mailbox hands a task to this game's executor, for timers
   */
  Game(String id, GameSettings settings, String joinCode, String observerCode, Host host,
      TimeSource time, Scheduler scheduler, Consumer<Runnable> mailbox,
      GameRecord.Branch branch) {
    this.id = id;
    this.settings = settings;
    this.scenario = settings.scenario();
    this.joinCode = joinCode;
    this.observerCode = observerCode;
    this.host = host;
    this.time = time;
    this.branch = branch;
    this.roster = new Roster(id, host);
    this.conversation = new Conversation(scenario, roster, new Conversation.Drafts() {
      @Override
      public Draft of(int team) {
        return drafts.get(team);
      }

      @Override
      public void changed(int team) {
        draftChanged(team);
      }
    });
    this.timer = new TurnTimer(time, scheduler, mailbox, this);
    this.views = new ViewBuilder(scenario, settings.effectDetail());
    for (Team team : scenario.teams()) {
      teamIds.add(team.id());
      drafts.add(new Draft());
    }
    this.state = Engine.start(scenario, settings.seed(), settings.turns());
    states.add(state);
    seen.add(Views.all(scenario, state));
  }

  // ------------------------------------------------------------------------------------------
  // Membership, for Authorization

  @Override
  public String gameId() {
    return id;
  }

  @Override
  public boolean isMember(String participantId) {
    return roster.get(participantId) != null;
  }

  @Override
  public String teamOf(String participantId) {
    Participant p = roster.get(participantId);
    return p == null ? "" : p.team;
  }

  @Override
  public String proposalTarget(String proposalId) {
    return conversation.proposalTarget(proposalId);
  }

  // ------------------------------------------------------------------------------------------
  // Requests

  /** Handles a request that {@link Authorization} allowed. */
  Outcome handle(Session session, Principal principal, Request request) {
    if (principal instanceof Principal.Instructor
        || principal instanceof Principal.GameInstructor) {
      roster.watch(session);
      return new Outcome(instructor(request), principal);
    }
    if (request instanceof Request.JoinGame join) {
      return join(session, join);
    }
    if (request instanceof Request.ObserveGame observe) {
      return observe(session, observe);
    }
    if (request instanceof Request.ResumeSession resume) {
      return resume(session, resume);
    }
    Participant me = participantOf(principal);
    if (request instanceof Request.GetView view) {
      return new Outcome(getView(me, view), principal);
    }
    if (request instanceof Request.GetHistory) {
      return new Outcome(history(me), principal);
    }

    return new Outcome(act(me, request), principal);
  }

  private Participant participantOf(Principal principal) {
    if (principal instanceof Principal.Player player) {
      return roster.get(player.participantId());
    }
    if (principal instanceof Principal.Observer observer) {
      return roster.get(observer.participantId());
    }
    throw new AssertionError(principal + " reaching a game's member requests is a bug");
  }

  private Result instructor(Request request) {
    if (request instanceof Request.GetLobby) {
      return new Result.Lobby(lobby());
    }
    if (request instanceof Request.AssignPlayer assign) {
      return assign(assign);
    }
    if (request instanceof Request.RemovePlayer remove) {
      return remove(remove);
    }
    if (request instanceof Request.ControlGame control) {
      return control(control.op());
    }
    if (request instanceof Request.ExtendTimer extend) {
      return extend(extend.seconds());
    }
    if (request instanceof Request.InjectEvent inject) {
      return inject(inject.eventId());
    }
    if (request instanceof Request.InjectAdhoc inject) {
      return injectAdhoc(inject);
    }
    if (request instanceof Request.SetVariable set) {
      return setVariable(set);
    }
    if (request instanceof Request.Broadcast broadcast) {
      return broadcast(broadcast.text());
    }
    if (request instanceof Request.ViewTeam view) {
      int team = scenario.teamIndex(view.teamId());
      return team < 0 ? unknownTeam(view.teamId()) : new Result.TeamView(view(team));
    }
    throw new AssertionError(request.getClass().getSimpleName() + " routed to a game is a bug");
  }

  private Result act(Participant me, Request request) {
    if (request instanceof Request.SendChat chat) {
      return conversation.chat(me, chat, openTurn());
    }
    if (me.team.isEmpty()) {
      return unassigned();
    }
    int team = scenario.teamIndex(me.team);
    Result.Rejected closed = turnClosed();
    if (closed != null) {
      return closed;
    }
    if (request instanceof Request.EditDraft edit) {
      return edit(me, team, edit.edit());
    }
    if (request instanceof Request.LockIn) {
      return lock(me, team, true);
    }
    if (request instanceof Request.Unlock) {
      return lock(me, team, false);
    }
    if (request instanceof Request.Propose propose) {
      return conversation.propose(team, propose, openTurn());
    }
    if (request instanceof Request.AnswerProposal answer) {
      return conversation.answer(me, answer);
    }
    throw new AssertionError(request.getClass().getSimpleName() + " routed to a game is a bug");
  }

  // ------------------------------------------------------------------------------------------
  // Identity

  private Outcome join(Session session, Request.JoinGame join) {
    String team = join.teamId() == null ? "" : join.teamId();
    Result.Rejected refused = admissible(join.displayName());
    if (refused == null && !team.isEmpty()) {
      refused = seatable(team);
    }
    if (refused != null) {
      return new Outcome(refused, Principal.ANONYMOUS);
    }
    Participant p = roster.admit(session, join.displayName().strip(), Role.PLAYER);
    p.team = team;
    roster.toTeamAndWatchers(team, new Push.LobbyChange(p.info(), team, "joined"));
    if (!team.isEmpty() && phase != Phase.LOBBY) {
      roster.toSession(session, new Push.TeamView(view(scenario.teamIndex(team))));
    }
    return new Outcome(sessionOf(p), new Principal.Player(id, p.id));
  }

  private Outcome observe(Session session, Request.ObserveGame observe) {
    Result.Rejected refused = admissible(observe.displayName());
    if (refused != null) {
      return new Outcome(refused, Principal.ANONYMOUS);
    }
    Participant p = roster.admit(session, observe.displayName().strip(), Role.OBSERVER);
    roster.toWatchers(new Push.LobbyChange(p.info(), "", "joined"));
    return new Outcome(sessionOf(p), new Principal.Observer(id, p.id));
  }

  private Outcome resume(Session session, Request.ResumeSession resume) {
    Participant p = roster.byToken(resume.resumeToken());
    if (p == null) {
      // The server's index and this map disagree only when a removal raced the lookup.
      return new Outcome(Result.rejected(ErrorKind.UNAUTHENTICATED,
          "this resume token is no longer valid; join the game again"), Principal.ANONYMOUS);
    }
    p.sessions.add(session);
    roster.toTeamAndWatchers(p.team, new Push.LobbyChange(p.info(), p.team, "reconnected"));
    roster.toSession(session, status(""));
    if (!p.team.isEmpty() && phase != Phase.LOBBY) {
      roster.toSession(session, new Push.TeamView(view(scenario.teamIndex(p.team))));
    }
    Principal principal = p.role == Role.PLAYER
        ? new Principal.Player(id, p.id) : new Principal.Observer(id, p.id);
    return new Outcome(sessionOf(p), principal);
  }

  /** Whether someone may enter under this name now. */
  private Result.Rejected admissible(String displayName) {
    if (phase == Phase.ENDED) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION, "this game has ended");
    }
    Result.Rejected bad = Names.text("the display name", displayName, MAX_NAME);
    if (bad != null) {
      return bad;
    }
    Participant same = roster.named(displayName);
    return same == null ? null : Result.rejected(ErrorKind.ALREADY_EXISTS,
        "someone in this game is already called '" + same.name + "'; pick another name");
  }

  /** Whether people may sit on this team: it exists and is played by people in this game. */
  private Result.Rejected seatable(String teamId) {
    int team = scenario.teamIndex(teamId);
    if (team < 0) {
      return unknownTeam(teamId);
    }
    if (settings.seats().get(team) != SeatKind.HUMAN) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION, "team '" + teamId + "' is "
          + (settings.seats().get(team) == SeatKind.IDLE ? "sitting out" : "on autopilot")
          + " in this game; people play " + String.join(", ", humanTeams()));
    }
    return null;
  }

  private Result.GameSession sessionOf(Participant p) {
    return new Result.GameSession(id, scenario.metadata().title(),
        p.role, p.id, p.team, p.token, phase);
  }

  /** A connection closed; the identity stays resumable. */
  void disconnected(Session session, Principal principal) {
    String participantId = principal instanceof Principal.Player player
        ? player.participantId()
        : principal instanceof Principal.Observer observer ? observer.participantId() : null;
    Participant gone = roster.disconnected(session, participantId);
    if (gone != null) {
      roster.toTeamAndWatchers(gone.team, new Push.LobbyChange(gone.info(), gone.team, "left"));
    }
  }

  /**
   * A replay is over: {@code replayer} was no connection, so no one is connected now, and the
   * turn timer carries on from the last journaled moment with the time it had left then.
   */
  void recovered(Session replayer, Runnable clockToNow) {
    roster.forget(replayer);
    timer.carryOver(clockToNow);
  }

  /** Whether the turn timer is counting down; the host marks the clock in the journal then. */
  boolean timerRunning() {
    return timer.running();
  }

  /** An instructor connection starts watching this game. */
  void watch(Session session) {
    roster.watch(session);
  }

  // ------------------------------------------------------------------------------------------
  // Lobby

  private Info.Lobby lobby() {
    List<Info.LobbyTeam> teams = new ArrayList<>();
    for (int t = 0; t < teamIds.size(); t++) {
      teams.add(new Info.LobbyTeam(teamIds.get(t), scenario.teams().get(t).name(),
          settings.seats().get(t), roster.members(teamIds.get(t), Role.PLAYER), drafts.get(t).locked()));
    }
    return new Info.Lobby(summary(), settings.seed(), settings.turnSeconds(),
        settings.effectDetail(), teams, roster.members("", Role.PLAYER), roster.members("", Role.OBSERVER));
  }

  GameRecord.Branch branch() {
    return branch;
  }

  GameSettings settings() {
    return settings;
  }

  /** The game as the instructor's list shows it. */
  Info.Game summary() {
    return new Info.Game(id, settings.scenarioId(), scenario.metadata().title(), phase,
        state.turn(), settings.turns(), roster.players(), joinCode, observerCode);
  }

  private Result assign(Request.AssignPlayer assign) {
    Participant p = roster.get(assign.participantId());
    if (p == null) {
      return unknownParticipant(assign.participantId());
    }
    if (p.role != Role.PLAYER) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION,
          p.name + " is an observer; observers do not play for a team");
    }
    String team = assign.teamId() == null ? "" : assign.teamId();
    if (!team.isEmpty()) {
      Result.Rejected refused = seatable(team);
      if (refused != null) {
        return refused;
      }
    }
    String old = p.team;
    p.team = team;
    String change = team.isEmpty() ? "unassigned" : old.isEmpty() ? "assigned" : "moved";
    Push.LobbyChange push = new Push.LobbyChange(p.info(), team, change);
    if (!old.isEmpty() && !old.equals(team)) {
      toTeam(scenario.teamIndex(old), push);
    }
    roster.toTeamAndWatchers(team, push);
    if (team.isEmpty()) {
      roster.toParticipant(p, push);
    } else if (phase != Phase.LOBBY) {
      roster.toParticipant(p, new Push.TeamView(view(scenario.teamIndex(team))));
    }
    record("assign", p.name + " (" + p.id + ") from " + orNone(old) + " to " + orNone(team));
    resolveIfAllLocked();
    return Result.ACK;
  }

  private Result remove(Request.RemovePlayer remove) {
    Participant p = roster.remove(remove.participantId());
    if (p == null) {
      return unknownParticipant(remove.participantId());
    }
    Push.LobbyChange push = new Push.LobbyChange(p.info(), p.team, "removed");
    roster.toParticipant(p, push);
    roster.toTeamAndWatchers(p.team, push);
    record("remove", p.name + " (" + p.id + ")" + (p.team.isEmpty() ? "" : " of " + p.team));
    resolveIfAllLocked();
    return Result.ACK;
  }

  // ------------------------------------------------------------------------------------------
  // The turn

  /** The turn open for orders; after the end, the last one played. */
  private int openTurn() {
    return phase == Phase.ENDED ? state.turn() : state.turn() + 1;
  }

  private Result.Rejected turnClosed() {
    switch (phase) {
      case LOBBY:
        return Result.rejected(ErrorKind.FAILED_PRECONDITION, "the game has not started yet");
      case PAUSED:
        return Result.rejected(ErrorKind.FAILED_PRECONDITION,
            "the instructor has paused the game; wait for it to resume");
      case ENDED:
        return Result.rejected(ErrorKind.FAILED_PRECONDITION, "the game has ended");
      default:
        return null;
    }
  }

  private Result edit(Participant me, int team, Request.DraftEdit edit) {
    Draft draft = drafts.get(team);
    if (draft.locked()) {
      return lockedIn();
    }
    if (edit instanceof Request.DraftEdit.Add add) {
      Result.Rejected bad = orderable(team, add.actionId());
      if (bad != null) {
        return bad;
      }
      if (draft.contains(add.actionId())) {
        return Result.rejected(ErrorKind.ALREADY_EXISTS,
            "'" + add.actionId() + "' is already in your draft");
      }
      draft.add(add.actionId(), me.name);
    } else if (edit instanceof Request.DraftEdit.Remove remove) {
      if (!draft.contains(remove.actionId())) {
        return Result.rejected(ErrorKind.NOT_FOUND,
            "'" + remove.actionId() + "' is not in your draft");
      }
      draft.remove(remove.actionId(), me.name);
    } else if (edit instanceof Request.DraftEdit.Choose choose) {
      Result.Rejected bad = answerable(team, choose);
      if (bad != null) {
        return bad;
      }
      draft.choose(choose.eventId(), choose.optionId(), me.name);
    } else if (edit instanceof Request.DraftEdit.Clear) {
      draft.clear(me.name);
    } else {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, "say how to change the draft");
    }
    draftChanged(team);
    return Result.ACK;
  }

  /**
   * Whether the team may put the action in its draft at all. Cost, cooldown and conditions are
   * the engine's to judge when the turn resolves; the view lists them.
   */
  private Result.Rejected orderable(int team, String actionId) {
    List<String> open = new ArrayList<>();
    for (Action action : scenario.actions()) {
      if (action.allows(team)) {
        open.add(action.id());
      }
    }
    if (!open.contains(actionId)) {
      String teamId = teamIds.get(team);
      return scenario.actionIndex(actionId) < 0
          ? Names.unknown(ErrorKind.INVALID_ARGUMENT, "action", actionId, open)
          : Result.rejected(ErrorKind.INVALID_ARGUMENT,
              "'" + actionId + "' is not open to " + teamId + "; yours: " + list(open));
    }
    return null;
  }

  private Result.Rejected answerable(int team, Request.DraftEdit.Choose choose) {
    List<String> pending = new ArrayList<>();
    for (PendingDilemma d : state.pendingDilemmas()) {
      if (d.team() == team) {
        pending.add(scenario.events().get(d.event()).id());
      }
    }
    if (!pending.contains(choose.eventId())) {
      return Names.unknown(
          ErrorKind.INVALID_ARGUMENT, "dilemma for your team", choose.eventId(), pending);
    }
    Event.Dilemma dilemma = scenario.events().get(scenario.eventIndex(choose.eventId())).dilemma();
    if (dilemma.optionIndex(choose.optionId()) < 0) {
      List<String> options = new ArrayList<>();
      for (Event.Option option : dilemma.options()) {
        options.add(option.id());
      }
      return Names.unknown(ErrorKind.INVALID_ARGUMENT, "option", choose.optionId(), options);
    }
    return null;
  }

  private static Result.Rejected unassigned() {
    return Result.rejected(ErrorKind.FAILED_PRECONDITION,
        "you are not on a team yet; wait for the instructor to assign you");
  }

  static Result.Rejected lockedIn() {
    return Result.rejected(ErrorKind.FAILED_PRECONDITION, "your team has locked in; unlock first");
  }

  private Result lock(Participant me, int team, boolean locked) {
    Draft draft = drafts.get(team);
    if (draft.locked() == locked) {
      return Result.ACK;
    }
    draft.lock(locked, me.name);
    draftChanged(team);
    if (locked) {
      resolveIfAllLocked();
    }
    return Result.ACK;
  }

  private void draftChanged(int team) {
    Push push = new Push.DraftChanged(teamIds.get(team), drafts.get(team).view());
    toTeam(team, push);
    roster.toWatchers(push);
  }

  /**
   * Resolves the turn once every team that people play, and that has players, has locked in.
   * Teams without players are left to the autopilot and never hold the turn up.
   */
  private void resolveIfAllLocked() {
    if (phase != Phase.RUNNING) {
      return;
    }
    boolean anyone = false;
    for (int t = 0; t < teamIds.size(); t++) {
      if (playedByPeople(t)) {
        anyone = true;
        if (!drafts.get(t).locked()) {
          return;
        }
      }
    }
    if (anyone) {
      resolve();
    }
  }

  private boolean playedByPeople(int team) {
    return settings.seats().get(team) == SeatKind.HUMAN
        && !roster.members(teamIds.get(team), Role.PLAYER).isEmpty();
  }

  /** Resolves the open turn with the drafts as they stand, tells everyone, and opens the next. */
  private void resolve() {
    int turn = openTurn();
    TurnInput input = new TurnInput(orders(turn), injects, adhoc);
    TurnResult result = play(input);
    host.produced(new JournalEntry.TurnResolved(
        time.nowMillis(), turn, input, result.state().hash()));
    injects.clear();
    adhoc.clear();
    conversation.expirePending();
    for (int t = 0; t < teamIds.size(); t++) {
      toTeam(t, new Push.TurnReport(views.report(result.report().forTeam(t))));
    }
    roster.toWatchers(new Push.TurnReport(views.report(result.report())));
    if (state.ended()) {
      finish(state.outcome());
    } else {
      openNextTurn();
    }
  }

  /** Resolves a turn with {@code input} and keeps the result; the engine throws, nothing changes. */
  private TurnResult play(TurnInput input) {
    TurnResult result = Engine.resolve(scenario, state, input);
    state = result.state();
    states.add(state);
    seen.add(result.views());
    reports.add(result.report());
    engineSteps.add(new JournalEntry.TurnResolved(0, state.turn(), input, state.hash()));
    return result;
  }

  /**
   * Plays a parent game's engine history into this fork, before anyone joins it, and checks each
   * turn against the parent's hash.
   *
   * @throws IllegalStateException when a turn comes out differently: the fork would not be one
   */
  void inherit(List<JournalEntry.EngineStep> steps) {
    for (JournalEntry.EngineStep step : steps) {
      if (step instanceof JournalEntry.TurnResolved turn) {
        long hash = play(turn.input()).state().hash();
        if (hash != turn.stateHash()) {
          throw new IllegalStateException("turn " + turn.turn() + " of the parent game comes out"
              + " differently in the fork (state hash " + Long.toHexString(hash) + ", not "
              + Long.toHexString(turn.stateHash()) + ")");
        }
      } else if (step instanceof JournalEntry.Correction c) {
        correct(scenario.variableIndex(c.variableId()), c.value(), c.reason());
      }
    }
    record("fork", "from game " + branch.parentGameId() + " at the start of turn "
        + branch.turn() + " (" + scenario.calendar().label(branch.turn()) + ")");
  }

  /**
   * The engine history up to the resolution of the turn before {@code turn}: what a fork at the
   * start of {@code turn} inherits. Corrections made while {@code turn} was open are left out, as
   * they came after its start.
   */
  List<JournalEntry.EngineStep> historyBefore(int turn) {
    List<JournalEntry.EngineStep> result = new ArrayList<>();
    if (turn <= 1) {
      return result;
    }
    for (JournalEntry.EngineStep step : engineSteps) {
      result.add(step);
      if (step instanceof JournalEntry.TurnResolved t && t.turn() == turn - 1) {
        return result;
      }
    }
    throw new IllegalArgumentException("turn " + (turn - 1) + " has not been played");
  }

  private List<TeamOrders> orders(int turn) {
    List<TeamOrders> orders = new ArrayList<>();
    GameRandom random = new GameRandom(settings.seed());
    for (int t = 0; t < teamIds.size(); t++) {
      SeatKind seat = settings.seats().get(t);
      if (seat == SeatKind.IDLE) {
        continue; // orders nothing; its dilemmas take their defaults
      }
      if (playedByPeople(t)) {
        orders.add(drafts.get(t).orders(teamIds.get(t)));
      } else {
        // Autopilot for empty seats, as for the teams the game gave to the autopilot.
        random.use(turn, GameRandom.Purpose.POLICY, t, 0);
        orders.add(Policies.AUTOPILOT.decide(scenario, state, t, random));
      }
    }
    return orders;
  }

  private void openNextTurn() {
    for (Draft draft : drafts) {
      draft.reset();
    }
    timer.start(openTurn(), settings.turnSeconds() * 1000L, phase == Phase.PAUSED);
    pushViews();
    roster.toEveryone(status("turn " + openTurn() + " is open"));
  }

  private void finish(String text) {
    phase = Phase.ENDED;
    outcome = text;
    timer.stop();
    conversation.expirePending();
    pushViews();
    roster.toEveryone(status("the game has ended"));
  }

  private void pushViews() {
    for (int t = 0; t < teamIds.size(); t++) {
      toTeam(t, new Push.TeamView(view(t)));
    }
  }

  @Override
  public void warn(int turn, long millisLeft) {
    if (phase == Phase.RUNNING && turn == openTurn()) {
      roster.toEveryone(new Push.TimerWarning(turn, millisLeft));
    }
  }

  @Override
  public void expire(int turn) {
    // A timer of a turn already resolved (by lock-in or the instructor) must do nothing.
    if (phase == Phase.RUNNING && turn == openTurn()) {
      host.triggered(new JournalEntry.TimerExpired(time.nowMillis(), turn));
      resolve();
    }
  }

  // ------------------------------------------------------------------------------------------
  // Views

  private View.Team view(int team) {
    List<TeamView> mine = new ArrayList<>(seen.size());
    for (List<TeamView> turn : seen) {
      mine.add(turn.get(team));
    }
    // The protocol shows no time while paused: the clock is not running.
    long left = phase == Phase.RUNNING ? timer.millisLeft() : 0;
    return views.team(team, mine, state, new ViewBuilder.Moment(phase, openTurn(), left,
        drafts.get(team).view(), roster.members(teamIds.get(team), Role.PLAYER), outcome));
  }

  private Result getView(Participant me, Request.GetView request) {
    String teamId = me.role == Role.PLAYER ? me.team
        : request.teamId().isEmpty() ? teamIds.get(0) : request.teamId();
    if (teamId.isEmpty()) {
      return unassigned();
    }
    int team = scenario.teamIndex(teamId);
    return team < 0 ? unknownTeam(teamId) : new Result.TeamView(view(team));
  }

  private Result history(Participant me) {
    if (me.role == Role.PLAYER && me.team.isEmpty()) {
      return unassigned();
    }
    List<View.Report> result = new ArrayList<>();
    for (TurnReport report : reports) {
      result.add(views.report(me.role == Role.PLAYER
          ? report.forTeam(scenario.teamIndex(me.team)) : report));
    }
    return new Result.History(result);
  }

  /**
   * The after-action review, as {@code principal} may see it: a player its team's, once the game
   * has ended (until then it would be a briefing on the game's course); observers and
   * instructors everything, at any time. A fork's review shows {@code parent} beside it.
   *
   * @param parent the record of the game this one forked from, or null
   */
  Result report(Principal principal, String format, GameRecord parent) {
    Participant me = principal instanceof Principal.Player player
        ? roster.get(player.participantId()) : null;
    ReviewFormat chosen;
    try {
      chosen = ReviewFormat.parse(format.isEmpty() ? "html" : format);
    } catch (IllegalArgumentException e) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, e.getMessage());
    }
    String teamId = "";
    if (me != null) {
      if (me.team.isEmpty()) {
        return unassigned();
      }
      if (phase != Phase.ENDED) {
        return Result.rejected(ErrorKind.FAILED_PRECONDITION, "the after-action review opens"
            + " when the game has ended; until then 'history' shows your team's past turns");
      }
      teamId = me.team;
    }
    Audience audience = teamId.isEmpty() ? Audience.everyone() : Audience.team(teamId);
    AfterActionReview review = AfterActionReview.of(record(), audience);
    if (parent != null) {
      review = review.beside(AfterActionReview.of(parent, audience));
    }
    String name = id + "-review" + (teamId.isEmpty() ? "" : "-" + teamId) + "."
        + chosen.extension();
    return new Result.Document(chosen.extension(), name, chosen.render(review));
  }

  private Push.GameStatus status(String message) {
    List<View.Score> scores = new ArrayList<>();
    if (phase == Phase.ENDED) {
      for (int t = 0; t < teamIds.size(); t++) {
        scores.add(new View.Score(teamIds.get(t), state.score(t)));
      }
    }
    return new Push.GameStatus(phase, openTurn(), scenario.calendar().label(openTurn()),
        timer.millisLeft(), message, scores, outcome);
  }

  // ------------------------------------------------------------------------------------------
  // The white cell

  private Result control(ControlOp op) {
    if (op == null) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, "say which control to apply");
    }
    switch (op) {
      case START:
        if (phase != Phase.LOBBY) {
          return Result.rejected(ErrorKind.FAILED_PRECONDITION, "the game has already started");
        }
        record("start", "");
        phase = Phase.RUNNING;
        openNextTurn();
        return Result.ACK;
      case PAUSE:
        if (phase != Phase.RUNNING) {
          return notWhile("pause");
        }
        record("pause", "");
        timer.pause();
        phase = Phase.PAUSED;
        roster.toEveryone(status("the instructor paused the game"));
        return Result.ACK;
      case RESUME:
        if (phase != Phase.PAUSED) {
          return notWhile("resume");
        }
        record("resume", "");
        phase = Phase.RUNNING;
        timer.resume();
        roster.toEveryone(status("the game resumes"));
        return Result.ACK;
      case ADVANCE:
        if (phase != Phase.RUNNING && phase != Phase.PAUSED) {
          return notWhile("advance");
        }
        record("advance", "");
        resolve();
        return Result.ACK;
      case END:
        if (phase == Phase.ENDED) {
          return notWhile("end");
        }
        record("end", "");
        finish("The instructor ended the exercise after turn " + state.turn() + ".");
        return Result.ACK;
      default:
        throw new AssertionError(op + " without a handler is a bug");
    }
  }

  private Result.Rejected notWhile(String op) {
    return Result.rejected(ErrorKind.FAILED_PRECONDITION,
        "cannot " + op + " a game that is " + phase.name().toLowerCase(Locale.ROOT));
  }

  private Result extend(int seconds) {
    if (seconds < 1 || seconds > MAX_EXTEND_SECONDS) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT,
          "seconds must be between 1 and " + MAX_EXTEND_SECONDS + ", got " + seconds);
    }
    if (phase != Phase.RUNNING && phase != Phase.PAUSED) {
      return notWhile("extend the timer of");
    }
    if (!timer.limited()) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION,
          "this turn has no time limit; advance it when the class is ready");
    }
    record("extend", seconds + " s");
    timer.extend(seconds * 1000L);
    roster.toEveryone(status("the instructor added " + seconds + " seconds"));
    return Result.ACK;
  }

  private Result inject(String eventId) {
    if (phase == Phase.ENDED) {
      return notWhile("inject into");
    }
    if (scenario.eventIndex(eventId) < 0) {
      List<String> known = new ArrayList<>();
      for (Event event : scenario.events()) {
        known.add(event.id());
      }
      return Names.unknown(ErrorKind.NOT_FOUND, "event", eventId, known);
    }
    if (injects.contains(eventId)) {
      return Result.rejected(ErrorKind.ALREADY_EXISTS,
          "'" + eventId + "' is already queued for turn " + openTurn());
    }
    injects.add(eventId);
    record("inject", eventId);
    return Result.ACK;
  }

  private Result injectAdhoc(Request.InjectAdhoc inject) {
    if (phase == Phase.ENDED) {
      return notWhile("inject into");
    }
    Result.Rejected bad = Names.text("the title", inject.title(), 200);
    if (bad == null) {
      bad = Names.text("the text", inject.text(), MAX_TEXT);
    }
    if (bad != null) {
      return bad;
    }
    List<AdhocEvent.Change> changes = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (Request.AdhocEffect effect : inject.effects()) {
      Checked<Integer> variable = storedVariable(effect.variableId());
      if (variable.failed()) {
        return variable.error();
      }
      if (!Double.isFinite(effect.amount())) {
        return Result.rejected(ErrorKind.INVALID_ARGUMENT, "the amount must be a finite number");
      }
      changes.add(new AdhocEvent.Change(variable.value(), effect.amount()));
      described.add(effect.variableId() + " " + effect.amount());
    }
    boolean[] visibleTo = new boolean[teamIds.size()];
    for (String teamId : inject.visibleTo()) {
      int team = scenario.teamIndex(teamId);
      if (team < 0) {
        return unknownTeam(teamId);
      }
      visibleTo[team] = true;
    }
    if (inject.visibleTo().isEmpty()) {
      Arrays.fill(visibleTo, true);
    }
    adhoc.add(new AdhocEvent(inject.title(), inject.text(), changes, visibleTo));
    record("inject ad hoc", inject.title() + ": " + String.join(", ", described)
        + (inject.visibleTo().isEmpty() ? "" : "; seen by " + list(inject.visibleTo())));
    return Result.ACK;
  }

  private Result setVariable(Request.SetVariable set) {
    if (phase == Phase.ENDED) {
      return notWhile("change");
    }
    Checked<Integer> variable = storedVariable(set.variableId());
    if (variable.failed()) {
      return variable.error();
    }
    if (!Double.isFinite(set.value())) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, "the value must be a finite number");
    }
    Result.Rejected bad = Names.text("the reason", set.reason(), MAX_TEXT);
    if (bad != null) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT,
          "give a reason for the record (" + bad.message() + ")");
    }
    correct(variable.value(), set.value(), set.reason());
    if (phase != Phase.LOBBY) {
      pushViews();
    }
    return Result.ACK;
  }

  private void correct(int variable, double value, String reason) {
    double before = state.value(variable);
    state = Engine.setVariable(scenario, state, variable, value);
    // The corrected values stand for the last turn, as the teams now see them; the earlier turns
    // stay as they were.
    states.set(states.size() - 1, state);
    seen.set(seen.size() - 1, Views.all(scenario, state));
    String variableId = scenario.variables().get(variable).id();
    engineSteps.add(new JournalEntry.Correction(variableId, value, reason));
    record("set variable", variableId + " from " + before + " to "
        + state.value(variable) + ": " + reason);
  }

  private Checked<Integer> storedVariable(String variableId) {
    int index = scenario.variableIndex(variableId);
    if (index < 0) {
      List<String> known = new ArrayList<>();
      for (Variable v : scenario.variables()) {
        known.add(v.id());
      }
      return Checked.fail(Names.unknown(ErrorKind.NOT_FOUND, "variable", variableId, known));
    }
    if (scenario.variables().get(index).isDerived()) {
      return Checked.fail(ErrorKind.INVALID_ARGUMENT, "'" + variableId
          + "' is computed from other variables; change those instead");
    }
    return Checked.ok(index);
  }

  private Result broadcast(String text) {
    Result.Rejected bad = Names.text("the message", text, MAX_TEXT);
    if (bad != null) {
      return bad;
    }
    record("broadcast", text);
    conversation.broadcast(text, openTurn());
    return Result.ACK;
  }

  private void record(String what, String details) {
    acts.add(new GameRecord.Act(openTurn(), what, details));
  }

  /** The record of the game so far, for its after-action review. */
  GameRecord record() {
    return new GameRecord(id, settings.scenarioId(), scenario, settings.seed(),
        branch, states, reports, seen, acts, conversation.messages(), conversation.agreements(),
        phase == Phase.ENDED, outcome);
  }

  /** The server is closing: timers stop and participants are told (instructors by the server). */
  void close(String message) {
    timer.stop();
    Push push = new Push.ServerClosing(message);
    roster.toParticipants(push);
  }

  // ------------------------------------------------------------------------------------------
  // Who hears what: the roster's audiences; a team is addressed here by its index

  private void toTeam(int team, Push push) {
    roster.toTeam(teamIds.get(team), push);
  }

  // ------------------------------------------------------------------------------------------
  // Small helpers

  private List<String> humanTeams() {
    List<String> result = new ArrayList<>();
    for (int t = 0; t < teamIds.size(); t++) {
      if (settings.seats().get(t) == SeatKind.HUMAN) {
        result.add(teamIds.get(t));
      }
    }
    return result;
  }

  private Result.Rejected unknownTeam(String teamId) {
    return Names.unknown(ErrorKind.NOT_FOUND, "team", teamId, teamIds);
  }

  private Result.Rejected unknownParticipant(String participantId) {
    return Names.unknown(ErrorKind.NOT_FOUND, "participant", participantId, roster.ids());
  }

  private static String list(List<String> items) {
    return String.join(", ", items);
  }

  private static String orNone(String team) {
    return team.isEmpty() ? "no team" : team;
  }
}
