package org.demarche.client.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.demarche.client.net.RequestFailed;
import org.demarche.client.render.GameText;
import org.demarche.client.render.StateTable;
import org.demarche.client.render.WhiteCellText;
import org.demarche.client.session.CommandSpec.ArgKind;
import org.demarche.proto.v1.ArchiveGame;
import org.demarche.proto.v1.AssignPlayer;
import org.demarche.proto.v1.Broadcast;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.ControlOp;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.DeleteGame;
import org.demarche.proto.v1.EffectDetail;
import org.demarche.proto.v1.ExtendTimer;
import org.demarche.proto.v1.ForkGame;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.InjectEvent;
import org.demarche.proto.v1.ListGames;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.RemovePlayer;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.SetVariable;
import org.demarche.proto.v1.TeamInfo;
import org.demarche.proto.v1.ViewTeam;

/**
 * The instructor's (white cell's) commands: scenarios, creating, forking, choosing, archiving and
 * deleting games, the lobby, the game's phase and clock, injects, corrections, broadcasts and
 * looking at a team. Requests name the current game: the last created, forked or chosen with
 * {@code use}.
 *
 * <p>Handlers run on the command thread.
 */
final class InstructorCommands {
  private static final Set<Role> INSTRUCTOR = Set.of(Role.INSTRUCTOR);
  private static final String CREATE_USAGE = "create SCENARIO [--teams a,b] [--idle c] "
      + "[--turns N] [--seconds N] [--seed N] [--detail exact|qualitative|hidden]";
  private static final String FORK_USAGE = "fork TURN [GAME]";

  private final Client client;

  private InstructorCommands(Client client) {
    this.client = client;
  }

  static void register(Client client, CommandCatalog catalog) {
    InstructorCommands c = new InstructorCommands(client);
    catalog.add(CommandSpec.of("scenarios", "the scenarios the server loaded", INSTRUCTOR, 0, 0,
        List.of(), line -> c.scenarios()));
    catalog.add(CommandSpec.of(CREATE_USAGE, "create a game (asks what it needs if you type "
        + "only 'create')", INSTRUCTOR, 0, CommandSpec.ANY, List.of(ArgKind.SCENARIO), c::create));
    catalog.add(CommandSpec.of("games", "the server's games", INSTRUCTOR, 0, 0, List.of(),
        line -> c.games()));
    catalog.add(CommandSpec.of("use GAME", "make a game the current one", INSTRUCTOR, 1, 1,
        List.of(ArgKind.GAME), c::use));
    catalog.add(CommandSpec.of(FORK_USAGE, "a what-if game from the start of a past turn; it "
        + "becomes the current game", INSTRUCTOR, 1, 2, List.of(ArgKind.FREE, ArgKind.GAME),
        c::fork));
    catalog.add(CommandSpec.of("archive [GAME]", "archive an ended game; its codes stop working",
        INSTRUCTOR, 0, 1, List.of(ArgKind.GAME), c::archive));
    catalog.add(CommandSpec.of("delete GAME", "delete a game and its journal for good (asks "
        + "first)", INSTRUCTOR, 1, 1, List.of(ArgKind.GAME), c::delete));
    catalog.add(CommandSpec.of("lobby [GAME]", "who is in the game and how it is set up",
        INSTRUCTOR, 0, 1, List.of(ArgKind.GAME), c::lobby));
    catalog.add(CommandSpec.of("assign PLAYER TEAM", "seat a player on a team", INSTRUCTOR, 2, 2,
        List.of(ArgKind.PARTICIPANT, ArgKind.TEAM), c::assign));
    catalog.add(CommandSpec.of("kick PLAYER", "remove a player or observer from the game",
        INSTRUCTOR, 1, 1, List.of(ArgKind.PARTICIPANT), c::kick));
    c.control(catalog, ControlOp.START, "open turn 1", "The game has started.");
    c.control(catalog, ControlOp.PAUSE, "stop the clock and refuse orders", "The game is paused.");
    c.control(catalog, ControlOp.RESUME, "restart the clock", "The game is running again.");
    c.control(catalog, ControlOp.ADVANCE, "resolve the turn now, with the drafts as they are",
        "The turn is being resolved.");
    c.control(catalog, ControlOp.END, "end the game now", "The game has ended.");
    catalog.add(CommandSpec.of("extend SECONDS", "add time to the current turn", INSTRUCTOR, 1, 1,
        List.of(ArgKind.FREE), c::extend));
    catalog.add(CommandSpec.of("injects", "the events you may inject", INSTRUCTOR, 0, 0,
        List.of(), line -> c.injects()));
    catalog.add(CommandSpec.of("inject EVENT", "fire an event when the turn resolves", INSTRUCTOR,
        1, 1, List.of(ArgKind.EVENT), c::inject));
    catalog.add(CommandSpec.of("set VARIABLE VALUE REASON", "correct a variable, with a reason "
        + "for the debrief", INSTRUCTOR, 3, CommandSpec.ANY,
        List.of(ArgKind.VARIABLE, ArgKind.FREE, ArgKind.FREE), c::set));
    catalog.add(CommandSpec.of("broadcast TEXT", "write to everyone in the game", INSTRUCTOR, 1,
        CommandSpec.ANY, List.of(ArgKind.FREE), c::broadcast));
    catalog.add(CommandSpec.of("view TEAM", "a team's view and draft", INSTRUCTOR, 1, 1,
        List.of(ArgKind.TEAM), c::viewTeam));
  }

  private void control(CommandCatalog catalog, ControlOp op, String summary, String done) {
    catalog.add(CommandSpec.of(op.name().toLowerCase(Locale.ROOT), summary, INSTRUCTOR, 0, 0,
        List.of(), line -> client.act(ClientMessage.newBuilder().setControlGame(
            ControlGame.newBuilder().setGameId(game()).setOp(op)), done)));
  }

  /** The current game, or a usage error saying how to get one. */
  private String game() throws UsageError {
    return currentGame(client);
  }

  /** The instructor's current game, or a usage error saying how to get one. */
  static String currentGame(Client client) throws UsageError {
    String game = client.state().currentGame();
    if (game.isEmpty()) {
      throw new UsageError("no current game: 'create' one or 'use GAME' (see 'games')");
    }
    return game;
  }

  private Outcome scenarios() throws RequestFailed, IOException {
    ServerMessage reply = fetchScenarios();
    client.show(reply, () -> WhiteCellText.scenarios(reply.getScenarioList(), client.style()));
    return Outcome.OK;
  }

  private ServerMessage fetchScenarios() throws RequestFailed, IOException {
    return client.call(ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance()));
  }

  private Outcome games() throws RequestFailed, IOException {
    ServerMessage reply = client.call(
        ClientMessage.newBuilder().setListGames(ListGames.getDefaultInstance()));
    client.show(reply, () -> WhiteCellText.games(reply.getGameList(), client.style()));
    return Outcome.OK;
  }

  private Outcome use(ParsedLine line) throws RequestFailed, IOException, UsageError {
    // Fetch the lobby first: it proves the game exists before it becomes the current one.
    ServerMessage reply = fetchLobby(line.arg(0));
    client.state().useGame(line.arg(0));
    client.show(reply, () -> WhiteCellText.lobby(reply.getLobby(), client.style()));
    return Outcome.OK;
  }

  private Outcome lobby(ParsedLine line) throws RequestFailed, IOException, UsageError {
    ServerMessage reply = fetchLobby(line.args().isEmpty() ? game() : line.arg(0));
    client.show(reply, () -> WhiteCellText.lobby(reply.getLobby(), client.style()));
    return Outcome.OK;
  }

  private ServerMessage fetchLobby(String gameId) throws RequestFailed, IOException {
    return client.call(ClientMessage.newBuilder().setGetLobby(GetLobby.newBuilder().setGameId(gameId)));
  }

  /** A player named by display name or id; the lobby is fetched once when the name is unknown. */
  private String participant(String game, String nameOrId) throws RequestFailed, IOException {
    String id = client.state().participantId(nameOrId);
    if (id.equals(nameOrId)) {
      fetchLobby(game);
      id = client.state().participantId(nameOrId);
    }
    return id;
  }

  private Outcome assign(ParsedLine line) throws RequestFailed, IOException, UsageError {
    String game = game();
    return client.act(ClientMessage.newBuilder().setAssignPlayer(AssignPlayer.newBuilder()
            .setGameId(game).setParticipantId(participant(game, line.arg(0)))
            .setTeamId(line.arg(1))),
        "Seated " + line.arg(0) + " on " + line.arg(1) + ".");
  }

  private Outcome kick(ParsedLine line) throws RequestFailed, IOException, UsageError {
    String game = game();
    return client.act(ClientMessage.newBuilder().setRemovePlayer(RemovePlayer.newBuilder()
            .setGameId(game).setParticipantId(participant(game, line.arg(0)))),
        "Removed " + line.arg(0) + " from the game.");
  }

  private Outcome extend(ParsedLine line) throws RequestFailed, IOException, UsageError {
    int seconds = CommonCommands.number(line, 0, "extend SECONDS");
    if (seconds <= 0) {
      throw new UsageError("extend takes a positive number of seconds");
    }
    return client.act(ClientMessage.newBuilder().setExtendTimer(
            ExtendTimer.newBuilder().setGameId(game()).setSeconds(seconds)),
        "Added " + seconds + " s to the turn.");
  }

  private Outcome injects() throws RequestFailed, IOException, UsageError {
    String game = game();
    String scenarioId = fetchLobby(game).getLobby().getGame().getScenarioId();
    ServerMessage reply = fetchScenarios();
    for (ScenarioInfo scenario : reply.getScenarioList().getScenariosList()) {
      if (scenario.getId().equals(scenarioId)) {
        client.show(reply, () -> WhiteCellText.injects(scenario, client.style()));
        return Outcome.OK;
      }
    }
    throw new IOException("the server lists no scenario '" + scenarioId + "' for game " + game);
  }

  private Outcome inject(ParsedLine line) throws RequestFailed, IOException, UsageError {
    return client.act(ClientMessage.newBuilder().setInjectEvent(
            InjectEvent.newBuilder().setGameId(game()).setEventId(line.arg(0))),
        "Injected " + line.arg(0) + "; it fires when the turn resolves.");
  }

  private Outcome set(ParsedLine line) throws RequestFailed, IOException, UsageError {
    double value;
    try {
      value = Double.parseDouble(line.arg(1));
    } catch (NumberFormatException e) {
      throw new UsageError("'" + line.arg(1) + "' is not a number; usage: set VARIABLE VALUE REASON");
    }
    return client.act(ClientMessage.newBuilder().setSetVariable(SetVariable.newBuilder()
            .setGameId(game()).setVariableId(line.arg(0)).setValue(value)
            .setReason(line.rest(2))),
        "Set " + line.arg(0) + " to " + line.arg(1) + ".");
  }

  private Outcome broadcast(ParsedLine line) throws RequestFailed, IOException, UsageError {
    return client.act(ClientMessage.newBuilder().setBroadcast(
        Broadcast.newBuilder().setGameId(game()).setText(line.rest(0))), "Broadcast sent.");
  }

  private Outcome viewTeam(ParsedLine line) throws RequestFailed, IOException, UsageError {
    ServerMessage reply = client.call(ClientMessage.newBuilder().setViewTeam(
        ViewTeam.newBuilder().setGameId(game()).setTeamId(line.arg(0))));
    client.show(reply, () -> GameText.status(reply.getTeamView(),
        reply.getTeamView().getMillisLeft(), client.style())
        + StateTable.render(reply.getTeamView(), client.style()));
    return Outcome.OK;
  }

  private Outcome create(ParsedLine line) throws RequestFailed, IOException, UsageError {
    CreateGame.Builder request = line.args().isEmpty()
        ? ask()
        : CreateOptions.parse(line.args(), CREATE_USAGE);
    return showCreated(client.call(ClientMessage.newBuilder().setCreateGame(request)));
  }

  /** Shows a new game's codes; the state has already made it the current game. */
  private Outcome showCreated(ServerMessage reply) {
    client.show(reply, () -> WhiteCellText.created(reply.getGameCreated(), client.style(),
        client.reachFlags()));
    return Outcome.OK;
  }

  private Outcome fork(ParsedLine line) throws RequestFailed, IOException, UsageError {
    int turn = CommonCommands.number(line, 0, FORK_USAGE);
    if (turn < 1) {
      throw new UsageError("fork takes a turn from 1 on; usage: " + FORK_USAGE);
    }
    String source = line.args().size() > 1 ? line.arg(1) : game();
    return showCreated(client.call(ClientMessage.newBuilder().setForkGame(
        ForkGame.newBuilder().setGameId(source).setTurn(turn))));
  }

  private Outcome archive(ParsedLine line) throws RequestFailed, IOException, UsageError {
    String target = line.args().isEmpty() ? game() : line.arg(0);
    Outcome outcome = client.act(ClientMessage.newBuilder().setArchiveGame(
            ArchiveGame.newBuilder().setGameId(target)),
        "Archived game " + target + ".");
    client.state().forgetGame(target);
    return outcome;
  }

  private Outcome delete(ParsedLine line) throws RequestFailed, IOException {
    // The id is never a default; at the prompt a second yes is asked for, in a script the
    // explicit id is the confirmation.
    String target = line.arg(0);
    Optional<Client.Asker> asker = client.asker();
    if (asker.isPresent()
        && !asker.get().confirm("delete game " + target + " and its journal for good?")) {
      client.note("Kept game " + target + ".\n");
      return Outcome.OK;
    }
    Outcome outcome = client.act(ClientMessage.newBuilder().setDeleteGame(
            DeleteGame.newBuilder().setGameId(target)),
        "Deleted game " + target + " and its journal.");
    client.state().forgetGame(target);
    return outcome;
  }

  /** Asks for each setting of a new game, offering the scenario's defaults. */
  private CreateGame.Builder ask() throws RequestFailed, IOException, UsageError {
    Client.Asker asker = client.asker()
        .orElseThrow(() -> new UsageError("usage: " + CREATE_USAGE));
    List<ScenarioInfo> scenarios = fetchScenarios().getScenarioList().getScenariosList();
    if (scenarios.isEmpty()) {
      throw new IOException("the server has loaded no scenario");
    }
    List<String> ids = new ArrayList<>();
    scenarios.forEach(s -> ids.add(s.getId()));
    String scenarioId = asker.ask("Scenario (" + String.join(", ", ids) + ")", ids.get(0));
    ScenarioInfo scenario = scenarios.stream().filter(s -> s.getId().equals(scenarioId))
        .findFirst().orElseThrow(() -> new UsageError("no scenario '" + scenarioId + "'"));
    List<String> humans = new ArrayList<>();
    for (TeamInfo team : scenario.getTeamsList()) {
      if (!team.getAutopilot()) {
        humans.add(team.getId());
      }
    }
    List<String> args = new ArrayList<>(List.of(scenarioId,
        "--teams", asker.ask("Teams played by people", String.join(",", humans)),
        "--turns", asker.ask("Turns", String.valueOf(scenario.getDefaultTurns())),
        "--seconds", asker.ask("Seconds per turn (0: you advance)", "0"),
        "--seed", asker.ask("Seed (0: the server picks)", "0"),
        "--detail", asker.ask("Effect detail (exact, qualitative, hidden)", "exact")));
    return CreateOptions.parse(args, CREATE_USAGE);
  }

  /** Parses {@code create}'s words into a request. */
  static final class CreateOptions {
    private CreateOptions() {}

    static CreateGame.Builder parse(List<String> args, String usage) throws UsageError {
      CreateGame.Builder request = CreateGame.newBuilder().setScenarioId(args.get(0));
      for (int i = 1; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) {
          throw new UsageError(args.get(i) + " needs a value; usage: " + usage);
        }
        String value = args.get(i + 1);
        switch (args.get(i)) {
          case "--teams":
            request.addAllHumanTeamIds(list(value));
            break;
          case "--idle":
            request.addAllIdleTeamIds(list(value));
            break;
          case "--turns":
            request.setTurns((int) whole(value, usage));
            break;
          case "--seconds":
            request.setTurnSeconds((int) whole(value, usage));
            break;
          case "--seed":
            request.setSeed(whole(value, usage));
            break;
          case "--detail":
            request.setEffectDetail(detail(value, usage));
            break;
          default:
            throw new UsageError("unknown option " + args.get(i) + "; usage: " + usage);
        }
      }
      return request;
    }

    private static List<String> list(String value) {
      List<String> items = new ArrayList<>();
      Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(items::add);
      return items;
    }

    private static long whole(String value, String usage) throws UsageError {
      try {
        long number = Long.parseLong(value.strip());
        if (number < 0) {
          throw new UsageError("'" + value + "' must not be negative; usage: " + usage);
        }
        return number;
      } catch (NumberFormatException e) {
        throw new UsageError("'" + value + "' is not a whole number; usage: " + usage);
      }
    }

    private static EffectDetail detail(String value, String usage) throws UsageError {
      for (EffectDetail detail : EffectDetail.values()) {
        if (detail != EffectDetail.UNRECOGNIZED && detail.name().equalsIgnoreCase(value.strip())) {
          return detail;
        }
      }
      throw new UsageError(
          "--detail is exact, qualitative or hidden, not '" + value + "'; usage: " + usage);
    }
  }
}
