package org.demarche.game;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Request;
import org.demarche.game.api.SeatKind;

/**
 * A game's set-up, checked: the scenario, who plays each team (indexed like the scenario's
 * teams), the seed, the length, the time limit and how much players see of action effects.
 */
record GameSettings(
    String scenarioId,
    Scenario scenario,
    List<SeatKind> seats,
    long seed,
    int turns,
    int turnSeconds,
    EffectDetail effectDetail) {

  /** A day: longer turns are a typo, not a plan. */
  static final int MAX_TURN_SECONDS = 86_400;

  GameSettings {
    seats = List.copyOf(seats);
  }

  /** Checks a CreateGame against the catalog; any thread. Seed 0 takes one from {@code codes}. */
  static Checked<GameSettings> of(
      Request.CreateGame create, Map<String, Scenario> catalog, Codes codes) {
    Scenario scenario = catalog.get(create.scenarioId());
    if (scenario == null) {
      return Checked.fail(
          Names.unknown(ErrorKind.NOT_FOUND, "scenario", create.scenarioId(), catalog.keySet()));
    }
    List<String> teamIds = new ArrayList<>();
    for (Team team : scenario.teams()) {
      teamIds.add(team.id());
    }
    Checked<Set<String>> human = teams(create.humanTeamIds(), teamIds);
    if (human.failed()) {
      return Checked.fail(human.error());
    }
    Checked<Set<String>> idle = teams(create.idleTeamIds(), teamIds);
    if (idle.failed()) {
      return Checked.fail(idle.error());
    }
    for (String id : idle.value()) {
      if (human.value().contains(id)) {
        return Checked.fail(ErrorKind.INVALID_ARGUMENT,
            "team '" + id + "' cannot be both played by people and idle");
      }
    }
    List<SeatKind> seats = new ArrayList<>();
    for (Team team : scenario.teams()) {
      boolean byPeople =
          human.value().isEmpty() ? !team.autopilot() : human.value().contains(team.id());
      if (idle.value().contains(team.id())) {
        seats.add(SeatKind.IDLE);
      } else {
        seats.add(byPeople ? SeatKind.HUMAN : SeatKind.AUTOPILOT);
      }
    }
    int maxTurns = scenario.calendar().maxTurns();
    int turns = create.turns() == 0 ? scenario.calendar().defaultTurns() : create.turns();
    if (turns < 1 || turns > maxTurns) {
      return Checked.fail(ErrorKind.INVALID_ARGUMENT,
          "turns must be between 1 and " + maxTurns + " for this scenario, got " + turns);
    }
    if (create.turnSeconds() < 0 || create.turnSeconds() > MAX_TURN_SECONDS) {
      return Checked.fail(ErrorKind.INVALID_ARGUMENT, "turn_seconds must be between 0 (no limit)"
          + " and " + MAX_TURN_SECONDS + ", got " + create.turnSeconds());
    }
    long seed = create.seed() == 0 ? codes.seed() : create.seed();
    EffectDetail detail =
        create.effectDetail() == null ? EffectDetail.EXACT : create.effectDetail();
    return Checked.ok(new GameSettings(create.scenarioId(), scenario, seats, seed, turns,
        create.turnSeconds(), detail));
  }

  private static Checked<Set<String>> teams(List<String> ids, List<String> known) {
    Set<String> result = new LinkedHashSet<>();
    for (String id : ids) {
      if (!known.contains(id)) {
        return Checked.fail(Names.unknown(ErrorKind.NOT_FOUND, "team", id, known));
      }
      result.add(id);
    }
    return Checked.ok(result);
  }
}
