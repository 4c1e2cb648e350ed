package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.Engine;
import org.demarche.engine.GameState;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TeamView;
import org.demarche.engine.TurnInput;
import org.demarche.engine.TurnReport;
import org.demarche.engine.TurnResult;
import org.demarche.engine.Views;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ProposalState;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;

/**
 * Real games of the tutorial played through the engine, recorded the way the game server records
 * them (states, reports, views as shown, acts on the open turn, corrections replacing the last
 * views), where each team does something different and says things only it may read.
 */
final class PlayedGames {
  static final String HOSTILE = "<script>alert(1)</script>";
  static final String PARENT_ID = "game-parent";
  static final String FORK_ID = "game-fork";
  static final int BRANCH_TURN = 3;
  static final int TURNS = 8;
  static final int TEAMS = 3;
  static final Scenario TUTORIAL = load();

  private PlayedGames() {}

  private static Scenario load() {
    LoadResult result = ScenarioLoader.load(Repository.file("scenarios/tutorial.json"));
    if (!result.valid()) {
      throw new IllegalStateException("the tutorial does not load: " + result.errors());
    }
    return result.scenario();
  }

  /** The parent game: eight turns to the end, the government raising prices every other turn. */
  static GameRecord parent() {
    Recorder game = new Recorder();
    sharedOpening(game);
    game.turn(orders(TeamOrders.of("gov", "raise_fuel_price", "stabilisation_programme"),
        TeamOrders.of("opposition", "expose_smuggling"),
        TeamOrders.of("partner", "stabilisation_programme")));
    game.act("pause", "");
    game.act("resume", "");
    game.act("extend", "30 s");
    game.turn(orders(TeamOrders.of("gov", "rate_hike"),
        TeamOrders.of("opposition", "social_dialogue"),
        TeamOrders.of("partner", "forest_programme")));
    game.turn(orders(TeamOrders.of("gov", "raise_fuel_price"),
        TeamOrders.of("opposition", "national_strike"),
        TeamOrders.of("partner", "technical_assistance")));
    game.agree(6, "p2", "stabilisation_programme", "gov", "partner", ProposalState.ACCEPTED);
    game.turn(orders(TeamOrders.of("gov", "stabilisation_programme"),
        TeamOrders.of("partner", "stabilisation_programme")));
    game.turn(orders(TeamOrders.of("gov", "raise_fuel_price"),
        TeamOrders.of("opposition", "social_dialogue")));
    game.act("advance", "");
    game.turn(orders(new TeamOrders("gov", List.of("targeted_transfers"),
        Map.of("diesel_exemption", "negotiate"))));
    return game.record(PARENT_ID, GameRecord.Branch.NONE);
  }

  /** A fork of the parent from turn 3, where the government keeps cutting prices instead. */
  static GameRecord fork() {
    Recorder game = new Recorder();
    sharedOpening(game);
    while (!game.state.ended()) {
      game.turn(orders(TeamOrders.of("gov", "fuel_price_cut"),
          TeamOrders.of("opposition", "social_dialogue"),
          TeamOrders.of("partner", "technical_assistance")));
    }
    return game.record(FORK_ID, new GameRecord.Branch(PARENT_ID, BRANCH_TURN));
  }

  /** A game whose first turn is open: the instructor started it and a player spoke. */
  static GameRecord justStarted() {
    Recorder game = new Recorder();
    game.act("start", "");
    game.say(Channel.PUBLIC, "Ana", "gov", "", "Hello");
    return game.record("game-new", GameRecord.Branch.NONE);
  }

  /** Turns 1 and 2, the same in the parent and the fork: cheap fuel, so smuggling grows. */
  private static void sharedOpening(Recorder game) {
    game.act("assign", "Ana (p-gov-1) from none to gov");
    game.act("start", "");
    game.say(Channel.PUBLIC, HOSTILE, "opposition", "", "Good luck, everyone, and \"fair\" play");
    game.say(Channel.TEAM, "Ana", "gov", "", "gov only: we cut prices twice");
    game.say(Channel.TEAM, "Olaf", "opposition", "", "opposition only: strike at once");
    game.say(Channel.TEAM, "Pia", "partner", "", "partner only: wait for the reform");
    game.say(Channel.TEAM_PAIR, "Ana", "gov", "partner", "gov to partner: sign next turn");
    game.turn(orders(TeamOrders.of("gov", "fuel_price_cut", "targeted_transfers"),
        TeamOrders.of("opposition", "national_strike", "social_dialogue"),
        TeamOrders.of("partner", "forest_programme", "civil_society_grants")));
    game.act("inject", "leaked_audio");
    game.act("inject ad hoc", "Barracks rumour: unrest 3; seen by gov");
    game.agree(2, "p1", "stabilisation_programme", "gov", "partner", ProposalState.DECLINED);
    game.say(Channel.BROADCAST, "Instructor", "", "", "Half time, \"think\", ahead");
    game.act("broadcast", "Half time, \"think\", ahead");
    boolean[] govOnly = {true, false, false};
    game.turn(new TurnInput(orders(
        TeamOrders.of("gov", "fuel_price_cut", "rate_hike"),
        TeamOrders.of("opposition", "national_strike", "social_dialogue"),
        TeamOrders.of("partner", "budget_support", "no_such_action")).orders(),
        List.of("leaked_audio"),
        List.of(new AdhocEvent("Barracks rumour & <i>riot</i>", "Soldiers grumble about pay.",
            List.of(new AdhocEvent.Change(TUTORIAL.variableIndex("unrest"), 3)), govOnly))));
    game.correct("donor_trust", 55, "secret correction reason");
  }

  private static TurnInput orders(TeamOrders... orders) {
    return TurnInput.of(orders);
  }

  /** Records a game as {@code Game} does; the open turn is the one after the last resolved. */
  private static final class Recorder {
    private GameState state = Engine.start(TUTORIAL, 7, TURNS);
    private final List<GameState> states = new ArrayList<>(List.of(state));
    private final List<TurnReport> reports = new ArrayList<>();
    private final List<List<TeamView>> seen = new ArrayList<>(List.of(Views.all(TUTORIAL, state)));
    private final List<GameRecord.Act> acts = new ArrayList<>();
    private final List<GameRecord.Message> messages = new ArrayList<>();
    private final List<GameRecord.Agreement> agreements = new ArrayList<>();

    void turn(TurnInput input) {
      TurnResult result = Engine.resolve(TUTORIAL, state, input);
      state = result.state();
      states.add(state);
      reports.add(result.report());
      seen.add(result.views());
    }

    int openTurn() {
      return state.ended() ? state.turn() : state.turn() + 1;
    }

    void act(String what, String details) {
      acts.add(new GameRecord.Act(openTurn(), what, details));
    }

    void say(Channel channel, String from, String fromTeam, String toTeam, String text) {
      messages.add(new GameRecord.Message(openTurn(), channel, from, fromTeam, toTeam, text));
    }

    void agree(int turn, String id, String action, String from, String to, ProposalState state) {
      agreements.add(new GameRecord.Agreement(turn, id, action, from, to, state));
    }

    /** The instructor's correction: the teams see the corrected values of the last turn. */
    void correct(String variable, double value, String reason) {
      state = Engine.setVariable(TUTORIAL, state, TUTORIAL.variableIndex(variable), value);
      seen.set(seen.size() - 1, Views.all(TUTORIAL, state));
      act("set variable", variable + " to " + value + ": " + reason);
    }

    GameRecord record(String id, GameRecord.Branch branch) {
      return new GameRecord(id, "tutorial", TUTORIAL, 7, branch, states, reports, seen, acts,
          messages, agreements, state.ended(), state.outcome());
    }
  }
}
