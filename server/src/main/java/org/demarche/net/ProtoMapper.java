package org.demarche.net;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Info;
import org.demarche.game.api.Phase;
import org.demarche.game.api.ProposalState;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.game.api.SeatKind;
import org.demarche.game.api.View;
import org.demarche.proto.v1.Ack;
import org.demarche.proto.v1.ActionOption;
import org.demarche.proto.v1.ActionResult;
import org.demarche.proto.v1.AdhocEffect;
import org.demarche.proto.v1.ChatMessage;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Contribution;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.DilemmaOption;
import org.demarche.proto.v1.Draft;
import org.demarche.proto.v1.DraftChanged;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.EventInfo;
import org.demarche.proto.v1.EventReport;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.GameInfo;
import org.demarche.proto.v1.GameList;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.GameStatus;
import org.demarche.proto.v1.GetReport;
import org.demarche.proto.v1.History;
import org.demarche.proto.v1.ReportDocument;
import org.demarche.proto.v1.InjectAdhoc;
import org.demarche.proto.v1.InstructorSession;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.Lobby;
import org.demarche.proto.v1.LobbyChange;
import org.demarche.proto.v1.LobbyTeam;
import org.demarche.proto.v1.ObjectiveScore;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.Participant;
import org.demarche.proto.v1.PendingDilemma;
import org.demarche.proto.v1.ProposalUpdate;
import org.demarche.proto.v1.ResourceValue;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.ScenarioList;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerClosing;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.SetVariable;
import org.demarche.proto.v1.TeamInfo;
import org.demarche.proto.v1.TeamScore;
import org.demarche.proto.v1.TeamView;
import org.demarche.proto.v1.TimerWarning;
import org.demarche.proto.v1.TurnReport;
import org.demarche.proto.v1.VariableChange;
import org.demarche.proto.v1.VariableValue;

/**
 * Maps protobuf envelopes to the game's domain records and back: the one place where the two
 * meet, so that protobuf types never leave {@code org.demarche.net}.
 *
 * <p>Inbound, it validates the shape of a request (required fields present, lengths and counts
 * bounded, enums known, numbers in range) and explains what is wrong in a sentence; it decides
 * no game rule. Outbound, the game layer may use {@code null} for absent text, which the wire
 * carries as the empty string. Pure functions: any thread may call them.
 */
final class ProtoMapper {
  /** The longest id, code, key or token accepted, in characters. */
  static final int ID_LIMIT = 200;
  /** The longest display name, in characters, as the protocol documents. */
  static final int NAME_LIMIT = 40;
  /** The longest chat message, broadcast, title, reason or event text, in characters. */
  static final int TEXT_LIMIT = 2000;
  /** The most entries a repeated field of a request may have. */
  static final int LIST_LIMIT = 100;

  private ProtoMapper() {}

  // ---------------------------------------------------------------------------------------------
  // ClientMessage -> Request

  /**
   * The request a message carries. A {@code Hello} is the session handler's to answer, so it is
   * a bug to pass one here.
   *
   * @throws InvalidRequestException when the message has no body this server knows or a field is
   *     invalid; the message says which and how to fix it
   */
  static Request toRequest(ClientMessage message) throws InvalidRequestException {
    return switch (message.getBodyCase()) {
      case INSTRUCTOR_LOGIN -> new Request.InstructorLogin(
          id("instructor_login.key", message.getInstructorLogin().getKey()));
      case JOIN_GAME -> joinGame(message.getJoinGame());
      case OBSERVE_GAME -> observeGame(message.getObserveGame());
      case RESUME_SESSION -> new Request.ResumeSession(
          id("resume_session.resume_token", message.getResumeSession().getResumeToken()));
      case LIST_SCENARIOS -> new Request.ListScenarios();
      case CREATE_GAME -> createGame(message.getCreateGame());
      case LIST_GAMES -> new Request.ListGames();
      case GET_LOBBY -> new Request.GetLobby(
          id("get_lobby.game_id", message.getGetLobby().getGameId()));
      case ASSIGN_PLAYER -> new Request.AssignPlayer(
          id("assign_player.game_id", message.getAssignPlayer().getGameId()),
          id("assign_player.participant_id", message.getAssignPlayer().getParticipantId()),
          id("assign_player.team_id", message.getAssignPlayer().getTeamId()));
      case REMOVE_PLAYER -> new Request.RemovePlayer(
          id("remove_player.game_id", message.getRemovePlayer().getGameId()),
          id("remove_player.participant_id", message.getRemovePlayer().getParticipantId()));
      case CONTROL_GAME -> new Request.ControlGame(
          id("control_game.game_id", message.getControlGame().getGameId()),
          controlOp(message.getControlGame().getOp()));
      case EXTEND_TIMER -> new Request.ExtendTimer(
          id("extend_timer.game_id", message.getExtendTimer().getGameId()),
          positive("extend_timer.seconds", message.getExtendTimer().getSeconds()));
      case INJECT_EVENT -> new Request.InjectEvent(
          id("inject_event.game_id", message.getInjectEvent().getGameId()),
          id("inject_event.event_id", message.getInjectEvent().getEventId()));
      case INJECT_ADHOC -> injectAdhoc(message.getInjectAdhoc());
      case SET_VARIABLE -> setVariable(message.getSetVariable());
      case BROADCAST -> new Request.Broadcast(
          id("broadcast.game_id", message.getBroadcast().getGameId()),
          text("broadcast.text", message.getBroadcast().getText()));
      case VIEW_TEAM -> new Request.ViewTeam(
          id("view_team.game_id", message.getViewTeam().getGameId()),
          id("view_team.team_id", message.getViewTeam().getTeamId()));
      case GET_VIEW -> new Request.GetView(
          optionalId("get_view.team_id", message.getGetView().getTeamId()));
      case EDIT_DRAFT -> new Request.EditDraft(draftEdit(message.getEditDraft()));
      case LOCK_IN -> new Request.LockIn();
      case UNLOCK -> new Request.Unlock();
      case SEND_CHAT -> sendChat(message.getSendChat());
      case PROPOSE -> new Request.Propose(
          id("propose.action_id", message.getPropose().getActionId()),
          id("propose.to_team_id", message.getPropose().getToTeamId()));
      case ANSWER_PROPOSAL -> new Request.AnswerProposal(
          id("answer_proposal.proposal_id", message.getAnswerProposal().getProposalId()),
          message.getAnswerProposal().getAccept());
      case GET_HISTORY -> new Request.GetHistory();
      case FORK_GAME -> new Request.ForkGame(
          id("fork_game.game_id", message.getForkGame().getGameId()),
          positive("fork_game.turn", message.getForkGame().getTurn()));
      case ARCHIVE_GAME -> new Request.ArchiveGame(
          id("archive_game.game_id", message.getArchiveGame().getGameId()));
      case DELETE_GAME -> new Request.DeleteGame(
          id("delete_game.game_id", message.getDeleteGame().getGameId()));
      case GET_REPORT -> report(message.getGetReport());
      case HELLO, PING -> throw new AssertionError(
          "a " + message.getBodyCase() + " reaching the request mapper is a bug: the session "
              + "handler answers it");
      case BODY_NOT_SET -> throw new InvalidRequestException(
          "the message has no body, or one this server does not know: send one request per"
              + " message, as protocol version 1 defines them");
    };
  }

  private static Request report(GetReport report) throws InvalidRequestException {
    String format = optionalId("get_report.format", report.getFormat());
    String gameId = optionalId("get_report.game_id", report.getGameId());
    return gameId.isEmpty()
        ? new Request.GetReport(format) : new Request.GameReport(gameId, format);
  }

  private static Request joinGame(JoinGame join) throws InvalidRequestException {
    return new Request.JoinGame(
        id("join_game.code", join.getCode()),
        displayName("join_game.display_name", join.getDisplayName()),
        optionalId("join_game.team_id", join.getTeamId()));
  }

  private static Request observeGame(ObserveGame observe) throws InvalidRequestException {
    return new Request.ObserveGame(
        id("observe_game.observer_code", observe.getObserverCode()),
        displayName("observe_game.display_name", observe.getDisplayName()));
  }

  private static Request createGame(CreateGame create) throws InvalidRequestException {
    return new Request.CreateGame(
        id("create_game.scenario_id", create.getScenarioId()),
        ids("create_game.human_team_ids", create.getHumanTeamIdsList()),
        ids("create_game.idle_team_ids", create.getIdleTeamIdsList()),
        create.getSeed(),
        notNegative("create_game.turns", create.getTurns()),
        notNegative("create_game.turn_seconds", create.getTurnSeconds()),
        effectDetail(create.getEffectDetail()));
  }

  private static Request injectAdhoc(InjectAdhoc adhoc) throws InvalidRequestException {
    String field = "inject_adhoc.effects";
    count(field, adhoc.getEffectsCount());
    List<Request.AdhocEffect> effects = new ArrayList<>(adhoc.getEffectsCount());
    for (AdhocEffect effect : adhoc.getEffectsList()) {
      effects.add(new Request.AdhocEffect(
          id(field + ".variable_id", effect.getVariableId()),
          finite(field + ".amount", effect.getAmount())));
    }
    return new Request.InjectAdhoc(
        id("inject_adhoc.game_id", adhoc.getGameId()),
        text("inject_adhoc.title", adhoc.getTitle()),
        text("inject_adhoc.text", adhoc.getText()),
        effects,
        ids("inject_adhoc.visible_to", adhoc.getVisibleToList()));
  }

  private static Request setVariable(SetVariable set) throws InvalidRequestException {
    return new Request.SetVariable(
        id("set_variable.game_id", set.getGameId()),
        id("set_variable.variable_id", set.getVariableId()),
        finite("set_variable.value", set.getValue()),
        optionalText("set_variable.reason", set.getReason()));
  }

  private static Request.DraftEdit draftEdit(EditDraft edit) throws InvalidRequestException {
    return switch (edit.getEditCase()) {
      case ADD_ACTION_ID -> new Request.DraftEdit.Add(
          id("edit_draft.add_action_id", edit.getAddActionId()));
      case REMOVE_ACTION_ID -> new Request.DraftEdit.Remove(
          id("edit_draft.remove_action_id", edit.getRemoveActionId()));
      case CHOOSE -> new Request.DraftEdit.Choose(
          id("edit_draft.choose.event_id", edit.getChoose().getEventId()),
          id("edit_draft.choose.option_id", edit.getChoose().getOptionId()));
      case CLEAR -> clear(edit.getClear());
      case EDIT_NOT_SET -> throw new InvalidRequestException(
          "edit_draft has no edit: set add_action_id, remove_action_id, choose or clear");
    };
  }

  private static Request.DraftEdit clear(boolean clear) throws InvalidRequestException {
    if (!clear) {
      throw new InvalidRequestException(
          "edit_draft.clear is false: set it to true to empty the draft, or choose another edit");
    }
    return new Request.DraftEdit.Clear();
  }

  private static Request sendChat(SendChat chat) throws InvalidRequestException {
    Channel channel = channel(chat.getChannel());
    String toTeamId = channel == Channel.TEAM_PAIR
        ? id("send_chat.to_team_id", chat.getToTeamId())
        : absent("send_chat.to_team_id", chat.getToTeamId(), "the TEAM_PAIR channel");
    return new Request.SendChat(channel, toTeamId, text("send_chat.text", chat.getText()));
  }

  private static ControlOp controlOp(org.demarche.proto.v1.ControlOp op)
      throws InvalidRequestException {
    return switch (op) {
      case START -> ControlOp.START;
      case PAUSE -> ControlOp.PAUSE;
      case RESUME -> ControlOp.RESUME;
      case ADVANCE -> ControlOp.ADVANCE;
      case END -> ControlOp.END;
      case CONTROL_OP_UNSPECIFIED, UNRECOGNIZED -> throw new InvalidRequestException(
          "control_game.op must be START, PAUSE, RESUME, ADVANCE or END");
    };
  }

  private static EffectDetail effectDetail(org.demarche.proto.v1.EffectDetail detail)
      throws InvalidRequestException {
    return switch (detail) {
      case EXACT -> EffectDetail.EXACT;
      case QUALITATIVE -> EffectDetail.QUALITATIVE;
      case HIDDEN -> EffectDetail.HIDDEN;
      case UNRECOGNIZED -> throw new InvalidRequestException(
          "create_game.effect_detail must be EXACT, QUALITATIVE or HIDDEN");
    };
  }

  private static Channel channel(org.demarche.proto.v1.Channel channel)
      throws InvalidRequestException {
    return switch (channel) {
      case TEAM -> Channel.TEAM;
      case TEAM_PAIR -> Channel.TEAM_PAIR;
      case PUBLIC -> Channel.PUBLIC;
      case BROADCAST -> Channel.BROADCAST;
      case CHANNEL_UNSPECIFIED, UNRECOGNIZED -> throw new InvalidRequestException(
          "send_chat.channel must be TEAM, TEAM_PAIR, PUBLIC or BROADCAST");
    };
  }

  // --- field checks: each returns the value it accepts ---

  private static String id(String field, String value) throws InvalidRequestException {
    if (value.isBlank()) {
      throw new InvalidRequestException(field + " is required and must not be blank");
    }
    return optionalId(field, value);
  }

  private static String optionalId(String field, String value) throws InvalidRequestException {
    return bounded(field, value, ID_LIMIT);
  }

  private static String displayName(String field, String value) throws InvalidRequestException {
    if (value.isBlank()) {
      throw new InvalidRequestException(field + " is required: give a name of 1 to "
          + NAME_LIMIT + " characters");
    }
    return bounded(field, value, NAME_LIMIT);
  }

  private static String text(String field, String value) throws InvalidRequestException {
    if (value.isBlank()) {
      throw new InvalidRequestException(field + " is required: write 1 to " + TEXT_LIMIT
          + " characters");
    }
    return optionalText(field, value);
  }

  private static String optionalText(String field, String value) throws InvalidRequestException {
    return bounded(field, value, TEXT_LIMIT);
  }

  private static String bounded(String field, String value, int limit)
      throws InvalidRequestException {
    int length = value.codePointCount(0, value.length());
    if (length > limit) {
      throw new InvalidRequestException(field + " has " + length + " characters; the limit is "
          + limit);
    }
    return value;
  }

  private static String absent(String field, String value, String onlyFor)
      throws InvalidRequestException {
    if (!value.isEmpty()) {
      throw new InvalidRequestException(field + " is only for " + onlyFor + ": leave it empty");
    }
    return value;
  }

  private static List<String> ids(String field, List<String> values)
      throws InvalidRequestException {
    count(field, values.size());
    for (String value : values) {
      id(field + " (each entry)", value);
    }
    return values;
  }

  private static void count(String field, int count) throws InvalidRequestException {
    if (count > LIST_LIMIT) {
      throw new InvalidRequestException(field + " has " + count + " entries; the limit is "
          + LIST_LIMIT);
    }
  }

  /** A uint32 read into an int is negative when it is above {@code Integer.MAX_VALUE}. */
  private static int notNegative(String field, int value) throws InvalidRequestException {
    if (value < 0) {
      throw new InvalidRequestException(field + " is " + Integer.toUnsignedString(value)
          + "; the largest accepted is " + Integer.MAX_VALUE);
    }
    return value;
  }

  private static int positive(String field, int value) throws InvalidRequestException {
    if (value == 0) {
      throw new InvalidRequestException(field + " must be at least 1");
    }
    return notNegative(field, value);
  }

  private static double finite(String field, double value) throws InvalidRequestException {
    if (!Double.isFinite(value)) {
      throw new InvalidRequestException(field + " must be a finite number, not " + value);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Result -> ServerMessage

  /** The reply to request {@code requestId}. */
  static ServerMessage reply(long requestId, Result result) {
    ServerMessage.Builder reply = ServerMessage.newBuilder().setRequestId(requestId);
    if (result instanceof Result.Ack) {
      reply.setAck(Ack.getDefaultInstance());
    } else if (result instanceof Result.Rejected rejected) {
      reply.setError(error(errorCode(rejected.kind()), rejected.message()));
    } else if (result instanceof Result.InstructorSession session) {
      reply.setInstructorSession(InstructorSession.newBuilder().setGames(session.games())
          .setGameId(wire(session.gameId())));
    } else if (result instanceof Result.GameSession session) {
      reply.setGameSession(gameSession(session));
    } else if (result instanceof Result.ScenarioList list) {
      ScenarioList.Builder scenarios = ScenarioList.newBuilder();
      list.scenarios().forEach(scenario -> scenarios.addScenarios(scenarioInfo(scenario)));
      reply.setScenarioList(scenarios);
    } else if (result instanceof Result.GameCreated created) {
      reply.setGameCreated(GameCreated.newBuilder()
          .setGameId(wire(created.gameId()))
          .setJoinCode(wire(created.joinCode()))
          .setObserverCode(wire(created.observerCode()))
          .setInstructorCode(wire(created.instructorCode())));
    } else if (result instanceof Result.GameList list) {
      GameList.Builder games = GameList.newBuilder();
      list.games().forEach(game -> games.addGames(gameInfo(game)));
      reply.setGameList(games);
    } else if (result instanceof Result.Lobby lobby) {
      reply.setLobby(lobby(lobby.lobby()));
    } else if (result instanceof Result.TeamView view) {
      reply.setTeamView(teamView(view.view()));
    } else if (result instanceof Result.Document document) {
      reply.setReport(ReportDocument.newBuilder().setFormat(document.format())
          .setFileName(document.fileName()).setContent(document.content()));
    } else if (result instanceof Result.History history) {
      History.Builder reports = History.newBuilder();
      history.reports().forEach(report -> reports.addReports(turnReport(report)));
      reply.setHistory(reports);
    } else {
      throw new AssertionError("an unmapped result " + result.getClass().getName() + " is a bug");
    }
    return reply.build();
  }

  /** An error reply to {@code requestId}, or with 0 a notice before the server closes. */
  static ServerMessage error(long requestId, ErrorCode code, String sentence) {
    return ServerMessage.newBuilder().setRequestId(requestId).setError(error(code, sentence))
        .build();
  }

  private static Error error(ErrorCode code, String sentence) {
    return Error.newBuilder().setCode(code).setMessage(wire(sentence)).build();
  }

  static ErrorCode errorCode(ErrorKind kind) {
    return switch (kind) {
      case INVALID_ARGUMENT -> ErrorCode.INVALID_ARGUMENT;
      case NOT_FOUND -> ErrorCode.NOT_FOUND;
      case ALREADY_EXISTS -> ErrorCode.ALREADY_EXISTS;
      case PERMISSION_DENIED -> ErrorCode.PERMISSION_DENIED;
      case RESOURCE_EXHAUSTED -> ErrorCode.RESOURCE_EXHAUSTED;
      case FAILED_PRECONDITION -> ErrorCode.FAILED_PRECONDITION;
      case UNIMPLEMENTED -> ErrorCode.UNIMPLEMENTED;
      case INTERNAL -> ErrorCode.INTERNAL;
      case UNAUTHENTICATED -> ErrorCode.UNAUTHENTICATED;
    };
  }

  private static GameSession gameSession(Result.GameSession session) {
    return GameSession.newBuilder()
        .setGameId(wire(session.gameId()))
        .setTitle(wire(session.title()))
        .setRole(role(session.role()))
        .setParticipantId(wire(session.participantId()))
        .setTeamId(wire(session.teamId()))
        .setResumeToken(wire(session.resumeToken()))
        .setPhase(phase(session.phase()))
        .build();
  }

  private static ScenarioInfo scenarioInfo(Info.Scenario scenario) {
    ScenarioInfo.Builder info = ScenarioInfo.newBuilder()
        .setId(wire(scenario.id()))
        .setTitle(wire(scenario.title()))
        .setVersion(wire(scenario.version()))
        .setDescription(wire(scenario.description()))
        .setCalendarUnit(wire(scenario.calendarUnit()))
        .setStartLabel(wire(scenario.startLabel()))
        .setDefaultTurns(scenario.defaultTurns())
        .setMaxTurns(scenario.maxTurns());
    for (Info.Team team : scenario.teams()) {
      info.addTeams(TeamInfo.newBuilder()
          .setId(wire(team.id()))
          .setName(wire(team.name()))
          .setAutopilot(team.autopilot()));
    }
    for (Info.Event event : scenario.injects()) {
      info.addInjects(EventInfo.newBuilder()
          .setId(wire(event.id()))
          .setTitle(wire(event.title()))
          .setText(wire(event.text())));
    }
    return info.build();
  }

  private static GameInfo gameInfo(Info.Game game) {
    return GameInfo.newBuilder()
        .setGameId(wire(game.gameId()))
        .setScenarioId(wire(game.scenarioId()))
        .setTitle(wire(game.title()))
        .setPhase(phase(game.phase()))
        .setTurn(game.turn())
        .setTurns(game.turns())
        .setPlayers(game.players())
        .setJoinCode(wire(game.joinCode()))
        .setObserverCode(wire(game.observerCode()))
        .build();
  }

  private static Lobby lobby(Info.Lobby lobby) {
    Lobby.Builder built = Lobby.newBuilder()
        .setGame(gameInfo(lobby.game()))
        .setSeed(lobby.seed())
        .setTurnSeconds(lobby.turnSeconds())
        .setEffectDetail(effectDetail(lobby.effectDetail()));
    for (Info.LobbyTeam team : lobby.teams()) {
      LobbyTeam.Builder lobbyTeam = LobbyTeam.newBuilder()
          .setTeamId(wire(team.teamId()))
          .setName(wire(team.name()))
          .setSeat(seatKind(team.seat()))
          .setLocked(team.locked());
      team.players().forEach(player -> lobbyTeam.addPlayers(participant(player)));
      built.addTeams(lobbyTeam);
    }
    lobby.unassigned().forEach(player -> built.addUnassigned(participant(player)));
    lobby.observers().forEach(observer -> built.addObservers(participant(observer)));
    return built.build();
  }

  private static Participant participant(Info.Participant participant) {
    return Participant.newBuilder()
        .setParticipantId(wire(participant.participantId()))
        .setDisplayName(wire(participant.displayName()))
        .setConnected(participant.connected())
        .build();
  }

  private static TeamView teamView(View.Team view) {
    TeamView.Builder built = TeamView.newBuilder()
        .setTeamId(wire(view.teamId()))
        .setTeamName(wire(view.teamName()))
        .setPhase(phase(view.phase()))
        .setTurn(view.turn())
        .setTurnLabel(wire(view.turnLabel()))
        .setTurns(view.turns())
        .setMillisLeft(view.millisLeft())
        .setScore(view.score())
        .setBriefing(wire(view.briefing()))
        .setOutcome(wire(view.outcome()));
    for (View.Variable variable : view.variables()) {
      built.addVariables(VariableValue.newBuilder()
          .setId(wire(variable.id()))
          .setLabel(wire(variable.label()))
          .setUnit(wire(variable.unit()))
          .setDomain(wire(variable.domain()))
          .setValue(variable.value())
          .setEstimate(variable.estimate())
          .addAllHistory(variable.history()));
    }
    for (View.Resource resource : view.resources()) {
      built.addResources(ResourceValue.newBuilder()
          .setId(wire(resource.id()))
          .setLabel(wire(resource.label()))
          .setUnit(wire(resource.unit()))
          .setValue(resource.value()));
    }
    for (View.Objective objective : view.objectives()) {
      built.addObjectives(ObjectiveScore.newBuilder()
          .setId(wire(objective.id()))
          .setName(wire(objective.name()))
          .setWeight(objective.weight())
          .setScore(objective.score()));
    }
    for (View.Action action : view.actions()) {
      built.addActions(ActionOption.newBuilder()
          .setId(wire(action.id()))
          .setName(wire(action.name()))
          .setDescription(wire(action.description()))
          .setAvailable(action.available())
          .setReason(wire(action.reason()))
          .setCost(wire(action.cost()))
          .setEffects(wire(action.effects()))
          .setPartnerTeamId(wire(action.partnerTeamId()))
          .addAllTags(action.tags()));
    }
    for (View.Dilemma dilemma : view.dilemmas()) {
      PendingDilemma.Builder pending = PendingDilemma.newBuilder()
          .setEventId(wire(dilemma.eventId()))
          .setTitle(wire(dilemma.title()))
          .setPrompt(wire(dilemma.prompt()))
          .setDefaultOptionId(wire(dilemma.defaultOptionId()));
      for (View.Option option : dilemma.options()) {
        pending.addOptions(DilemmaOption.newBuilder()
            .setId(wire(option.id()))
            .setLabel(wire(option.label())));
      }
      built.addDilemmas(pending);
    }
    if (view.draft() != null) {
      built.setDraft(draft(view.draft()));
    }
    view.teammates().forEach(teammate -> built.addTeammates(participant(teammate)));
    return built.build();
  }

  private static Draft draft(View.Draft draft) {
    return Draft.newBuilder()
        .addAllActionIds(draft.actionIds())
        // Sorted, so that the same draft always encodes to the same bytes (Map.copyOf has no
        // order of its own).
        .putAllChoices(new TreeMap<>(draft.choices()))
        .setLocked(draft.locked())
        .setLastEditedBy(wire(draft.lastEditedBy()))
        .build();
  }

  private static TurnReport turnReport(View.Report report) {
    TurnReport.Builder built = TurnReport.newBuilder()
        .setTurn(report.turn())
        .setTurnLabel(wire(report.turnLabel()))
        .addAllSentences(report.sentences())
        .setOutcome(wire(report.outcome()));
    for (View.ActionResult action : report.actions()) {
      built.addActions(ActionResult.newBuilder()
          .setTeamId(wire(action.teamId()))
          .setActionId(wire(action.actionId()))
          .setStatus(wire(action.status()))
          .setReason(wire(action.reason())));
    }
    for (View.EventReport event : report.events()) {
      built.addEvents(EventReport.newBuilder()
          .setEventId(wire(event.eventId()))
          .setTitle(wire(event.title()))
          .setText(wire(event.text()))
          .setInjected(event.injected()));
    }
    for (View.VariableChange change : report.changes()) {
      VariableChange.Builder variable = VariableChange.newBuilder()
          .setVariableId(wire(change.variableId()))
          .setBefore(change.before())
          .setAfter(change.after())
          .setExplanation(wire(change.explanation()));
      for (View.Contribution contribution : change.contributions()) {
        variable.addContributions(Contribution.newBuilder()
            .setCause(wire(contribution.cause()))
            .setAmount(contribution.amount())
            .setDelayed(contribution.delayed()));
      }
      built.addChanges(variable);
    }
    report.scores().forEach(score -> built.addScores(teamScore(score)));
    return built.build();
  }

  private static TeamScore teamScore(View.Score score) {
    return TeamScore.newBuilder().setTeamId(wire(score.teamId())).setScore(score.score()).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Push -> ServerMessage

  /** A push, with request_id 0. */
  static ServerMessage push(Push push) {
    ServerMessage.Builder message = ServerMessage.newBuilder().setRequestId(0);
    if (push instanceof Push.DraftChanged changed) {
      DraftChanged.Builder draftChanged = DraftChanged.newBuilder()
          .setTeamId(wire(changed.teamId()));
      if (changed.draft() != null) {
        draftChanged.setDraft(draft(changed.draft()));
      }
      message.setDraftChanged(draftChanged);
    } else if (push instanceof Push.TurnReport report) {
      message.setTurnReport(turnReport(report.report()));
    } else if (push instanceof Push.TeamView view) {
      message.setTeamView(teamView(view.view()));
    } else if (push instanceof Push.Chat chat) {
      message.setChat(ChatMessage.newBuilder()
          .setChannel(channel(chat.channel()))
          .setFromParticipantId(wire(chat.fromParticipantId()))
          .setFromName(wire(chat.fromName()))
          .setFromTeamId(wire(chat.fromTeamId()))
          .setToTeamId(wire(chat.toTeamId()))
          .setText(wire(chat.text()))
          .setTurn(chat.turn()));
    } else if (push instanceof Push.Proposal proposal) {
      message.setProposal(ProposalUpdate.newBuilder()
          .setProposalId(wire(proposal.proposalId()))
          .setActionId(wire(proposal.actionId()))
          .setFromTeamId(wire(proposal.fromTeamId()))
          .setToTeamId(wire(proposal.toTeamId()))
          .setState(proposalState(proposal.state()))
          .setTurn(proposal.turn()));
    } else if (push instanceof Push.TimerWarning warning) {
      message.setTimerWarning(TimerWarning.newBuilder()
          .setTurn(warning.turn())
          .setMillisLeft(warning.millisLeft()));
    } else if (push instanceof Push.GameStatus status) {
      GameStatus.Builder gameStatus = GameStatus.newBuilder()
          .setPhase(phase(status.phase()))
          .setTurn(status.turn())
          .setTurnLabel(wire(status.turnLabel()))
          .setMillisLeft(status.millisLeft())
          .setMessage(wire(status.message()))
          .setOutcome(wire(status.outcome()));
      status.finalScores().forEach(score -> gameStatus.addFinalScores(teamScore(score)));
      message.setGameStatus(gameStatus);
    } else if (push instanceof Push.LobbyChange change) {
      message.setLobbyChange(LobbyChange.newBuilder()
          .setParticipant(participant(change.participant()))
          .setTeamId(wire(change.teamId()))
          .setChange(wire(change.change())));
    } else if (push instanceof Push.ServerClosing closing) {
      message.setServerClosing(ServerClosing.newBuilder().setMessage(wire(closing.message())));
    } else {
      throw new AssertionError("an unmapped push " + push.getClass().getName() + " is a bug");
    }
    return message.build();
  }

  // --- domain enums -> proto enums ---

  private static org.demarche.proto.v1.Phase phase(Phase phase) {
    return switch (phase) {
      case LOBBY -> org.demarche.proto.v1.Phase.LOBBY;
      case RUNNING -> org.demarche.proto.v1.Phase.RUNNING;
      case PAUSED -> org.demarche.proto.v1.Phase.PAUSED;
      case ENDED -> org.demarche.proto.v1.Phase.ENDED;
    };
  }

  private static org.demarche.proto.v1.Role role(Role role) {
    return switch (role) {
      case PLAYER -> org.demarche.proto.v1.Role.PLAYER;
      case OBSERVER -> org.demarche.proto.v1.Role.OBSERVER;
      case INSTRUCTOR -> org.demarche.proto.v1.Role.INSTRUCTOR;
    };
  }

  private static org.demarche.proto.v1.SeatKind seatKind(SeatKind seat) {
    return switch (seat) {
      case HUMAN -> org.demarche.proto.v1.SeatKind.HUMAN;
      case AUTOPILOT -> org.demarche.proto.v1.SeatKind.AUTOPILOT;
      case IDLE -> org.demarche.proto.v1.SeatKind.IDLE;
    };
  }

  private static org.demarche.proto.v1.EffectDetail effectDetail(EffectDetail detail) {
    return switch (detail) {
      case EXACT -> org.demarche.proto.v1.EffectDetail.EXACT;
      case QUALITATIVE -> org.demarche.proto.v1.EffectDetail.QUALITATIVE;
      case HIDDEN -> org.demarche.proto.v1.EffectDetail.HIDDEN;
    };
  }

  private static org.demarche.proto.v1.Channel channel(Channel channel) {
    return switch (channel) {
      case TEAM -> org.demarche.proto.v1.Channel.TEAM;
      case TEAM_PAIR -> org.demarche.proto.v1.Channel.TEAM_PAIR;
      case PUBLIC -> org.demarche.proto.v1.Channel.PUBLIC;
      case BROADCAST -> org.demarche.proto.v1.Channel.BROADCAST;
    };
  }

  private static org.demarche.proto.v1.ProposalState proposalState(ProposalState state) {
    return switch (state) {
      case PENDING -> org.demarche.proto.v1.ProposalState.PENDING;
      case ACCEPTED -> org.demarche.proto.v1.ProposalState.ACCEPTED;
      case DECLINED -> org.demarche.proto.v1.ProposalState.DECLINED;
      case EXPIRED -> org.demarche.proto.v1.ProposalState.EXPIRED;
    };
  }

  /** The game layer may say "none" with null; protobuf strings cannot be null. */
  private static String wire(String text) {
    return text == null ? "" : text;
  }
}
