package org.demarche.engine;

import java.util.Arrays;
import java.util.List;
import org.demarche.engine.model.Action;

/**
 * Every use of an action by a team so far. Immutable: a turn's uses make a new one that shares
 * the older uses, so a turn no longer copies a counter per team and action. The uses are kept
 * as a list, newest first; only the actions that need a fast answer during a turn have
 * counters: how often for those with {@code maxUses}, when last for those with a cooldown, each
 * only for the teams the action is open to (a turn copies them all, and most actions are open
 * to one team).
 */
final class ActionUses {
  private final Counters counters;
  /**
   * The counters' values: how often, per team and counted action, then when last, per team and
   * timed action ({@link Counters#count} and {@link Counters#lastUsed} say where). One array, so a
   * turn copies (and waits for memory) once.
   */
  private final int[] values;
  private final Use newest;

  private ActionUses(Counters counters, int[] values, Use newest) {
    this.counters = counters;
    this.values = values;
    this.newest = newest;
  }

  /** No use yet, for {@code teams} teams and these actions. */
  static ActionUses none(int teams, List<Action> actions) {
    Counters counters = new Counters(teams, actions);
    int[] values = new int[counters.counted + counters.timed];
    Arrays.fill(values, counters.counted, values.length, GameState.NEVER);
    return new ActionUses(counters, values, null);
  }

  /** How often {@code team} has used {@code action}. */
  int count(int team, int action) {
    int at = counters.count(team, action);
    if (at >= 0) {
      return values[at];
    }
    int n = 0;
    for (Use u = newest; u != null; u = u.older) {
      n += u.team == team && u.action == action ? 1 : 0;
    }
    return n;
  }

  /** The last turn {@code team} used {@code action}, {@link GameState#NEVER} when it has not. */
  int lastUsed(int team, int action) {
    int at = counters.lastUsed(team, action);
    if (at >= 0) {
      return values[at];
    }
    for (Use u = newest; u != null; u = u.older) {
      if (u.team == team && u.action == action) {
        return u.turn;
      }
    }
    return GameState.NEVER;
  }

  /** The uses per team and action ({@code team * actionCount + action}), for the state's hash. */
  int[] countsByTeamAndAction() {
    int[] all = new int[counters.teams * counters.actions];
    for (Use u = newest; u != null; u = u.older) {
      all[u.team * counters.actions + u.action]++;
    }
    return all;
  }

  /** The last turn of use per team and action, as {@link #countsByTeamAndAction()} orders them. */
  int[] lastUsedByTeamAndAction() {
    int[] all = new int[counters.teams * counters.actions];
    Arrays.fill(all, GameState.NEVER);
    for (Use u = newest; u != null; u = u.older) {
      int slot = u.team * counters.actions + u.action;
      all[slot] = Math.max(all[slot], u.turn);
    }
    return all;
  }

  /** These uses and the ones a turn records; the counters are copied once, on the first. */
  static final class Recorder {
    private final ActionUses before;
    private int[] values;
    private Use newest;

    Recorder(ActionUses before) {
      this.before = before;
      this.newest = before.newest;
    }

    void record(int team, int action, int turn) {
      Counters c = before.counters;
      if (newest == before.newest) {
        values = before.values.clone();
      }
      newest = new Use(team, action, turn, newest);
      int count = c.count(team, action);
      if (count >= 0) {
        values[count]++;
      }
      int last = c.lastUsed(team, action);
      if (last >= 0) {
        values[last] = turn;
      }
    }

    ActionUses uses() {
      return newest == before.newest
          ? before
          : new ActionUses(before.counters, values, newest);
    }
  }

  /** One use; {@code older} is the use before it. */
  private record Use(int team, int action, int turn, Use older) {}

  /** Which actions have counters, and where: shared by every state of a game. */
  private static final class Counters {
    final int teams;
    final int actions;
    /** Per action, where the count of the first team it is open to is, or -1 when it has none. */
    final int[] countedIndex;
    /** Likewise for the last use, from the start of the last uses. */
    final int[] timedIndex;
    /** Per action, the teams it is open to: the order of its counters. */
    final int[][] openTo;
    final int counted;
    final int timed;

    Counters(int teams, List<Action> actionList) {
      this.teams = teams;
      this.actions = actionList.size();
      this.countedIndex = new int[actions];
      this.timedIndex = new int[actions];
      this.openTo = new int[actions][];
      int c = 0;
      int t = 0;
      for (int a = 0; a < actions; a++) {
        Action action = actionList.get(a);
        openTo[a] = action.teams();
        countedIndex[a] = action.maxUses() > 0 ? c : -1;
        c += action.maxUses() > 0 ? openTo[a].length : 0;
        timedIndex[a] = action.cooldown() > 0 ? t : -1;
        t += action.cooldown() > 0 ? openTo[a].length : 0;
      }
      this.counted = c;
      this.timed = t;
    }

    /** Where {@code team}'s count of {@code action} is, or -1 when it has none. */
    int count(int team, int action) {
      int k = countedIndex[action];
      return k < 0 ? -1 : slot(k, team, action);
    }

    /** Where {@code team}'s last use of {@code action} is, or -1 when it has none. */
    int lastUsed(int team, int action) {
      int k = timedIndex[action];
      return k < 0 ? -1 : slot(counted + k, team, action);
    }

    /** The counter at {@code first} plus the team's place among those the action is open to. */
    private int slot(int first, int team, int action) {
      int[] open = openTo[action];
      for (int r = 0; r < open.length; r++) {
        if (open[r] == team) {
          return first + r;
        }
      }
      return -1;
    }
  }
}
