package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.demarche.engine.model.Action;
import org.demarche.expr.CompiledExpression;
import org.junit.jupiter.api.Test;

class ActionUsesTest {
  /** Action 0 has no limit, 1 a cooldown, 2 a maximum, 3 both. */
  private static final List<Action> ACTIONS =
      List.of(action("free", 0, 0), action("cooled", 2, 0), action("counted", 0, 3),
          action("both", 1, 2));

  private static Action action(String id, int cooldown, int maxUses) {
    return action(id, new int[] {0, 1}, cooldown, maxUses);
  }

  private static Action action(String id, int[] teams, int cooldown, int maxUses) {
    return new Action(id, id, "", teams, false, new int[0],
        new CompiledExpression[0], null, cooldown, maxUses, null, List.of(), List.of(), "");
  }

  @Test
  void answersForEveryActionAsDenseCountersWould() {
    int teams = 2;
    int[] counts = new int[teams * ACTIONS.size()];
    int[] lastUsed = new int[counts.length];
    Arrays.fill(lastUsed, GameState.NEVER);
    ActionUses uses = ActionUses.none(teams, ACTIONS);
    int[][] turns = {{0, 0, 1, 2, 3}, {1, 0, 3}, {}, {0, 1, 2, 3, 0}};
    for (int turn = 1; turn <= turns.length; turn++) {
      ActionUses.Recorder recorder = new ActionUses.Recorder(uses);
      for (int i = 0; i < turns[turn - 1].length; i++) {
        int team = i % teams;
        int action = turns[turn - 1][i];
        recorder.record(team, action, turn);
        counts[team * ACTIONS.size() + action]++;
        lastUsed[team * ACTIONS.size() + action] = turn;
      }
      ActionUses before = uses;
      uses = recorder.uses();
      if (turns[turn - 1].length == 0) {
        assertSame(before, uses, "a turn without a use keeps the same uses");
      }
      assertArrayEquals(counts, uses.countsByTeamAndAction(), "counts after turn " + turn);
      assertArrayEquals(lastUsed, uses.lastUsedByTeamAndAction(), "last uses after turn " + turn);
      for (int team = 0; team < teams; team++) {
        for (int action = 0; action < ACTIONS.size(); action++) {
          int slot = team * ACTIONS.size() + action;
          assertEquals(counts[slot], uses.count(team, action), "count " + slot + ", turn " + turn);
          assertEquals(lastUsed[slot], uses.lastUsed(team, action), "last " + slot + ", turn " + turn);
        }
      }
    }
  }

  @Test
  void aRecordingLeavesTheEarlierUsesUnchanged() {
    ActionUses none = ActionUses.none(1, ACTIONS);
    ActionUses.Recorder recorder = new ActionUses.Recorder(none);
    for (int action = 0; action < ACTIONS.size(); action++) {
      recorder.record(0, action, 1);
    }
    assertEquals(1, recorder.uses().count(0, 3), "the new uses count it");
    assertEquals(0, none.count(0, 3), "the earlier ones do not");
    assertEquals(GameState.NEVER, none.lastUsed(0, 1), "nor its turn");
    assertArrayEquals(new int[ACTIONS.size()], none.countsByTeamAndAction(), "nor any use");
  }

  @Test
  void countsOnlyTheTeamsAnActionIsOpenToAndStillAnswersForTheOthers() {
    List<Action> actions =
        List.of(action("second's", new int[] {1}, 2, 3), action("first's", new int[] {0}, 1, 2));
    ActionUses.Recorder recorder = new ActionUses.Recorder(ActionUses.none(2, actions));
    recorder.record(1, 0, 4);
    recorder.record(0, 1, 4);
    recorder.record(0, 0, 5); // not open to team 0: only the list of uses holds it
    ActionUses uses = recorder.uses();
    assertEquals(1, uses.count(1, 0), "the second team's use of its action");
    assertEquals(4, uses.lastUsed(1, 0), "the turn of the second team's use");
    assertEquals(1, uses.count(0, 1), "the first team's use of its action");
    assertEquals(GameState.NEVER, uses.lastUsed(1, 1), "the second team never used the other");
    assertEquals(1, uses.count(0, 0), "a use by a team the action is not open to still counts");
    assertEquals(5, uses.lastUsed(0, 0), "and its turn too");
  }
}
