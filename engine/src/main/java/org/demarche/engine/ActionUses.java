package org.demarche.engine;

import java.util.Arrays;
import java.util.List;
import org.demarche.engine.model.Action;

/**
 * Every use of an action by a team so far. Immutable: a turn's uses make a new one that shares
 * the older uses, so a turn no longer copies a counter per team and action. The uses are kept
 * as a list, newest first; only the actions that need a fast answer during a turn have
 * counters: how often for those with {@code maxUses}, when last for those with a cooldown.
 */
final class ActionUses {
  private final Counters counters;
  private final int[] counts;
  private final int[] lastUsed;
  private final Use newest;

  private ActionUses(Counters counters, int[] counts, int[] lastUsed, Use newest) {
    this.counters = counters;
    this.counts = counts;
    this.lastUsed = lastUsed;
    this.newest = newest;
  }

  /** No use yet, for {@code teams} teams and these actions. */
  static ActionUses none(int teams, List<Action> actions) {
    Counters counters = new Counters(teams, actions);
    int[] lastUsed = new int[teams * counters.timed];
    Arrays.fill(lastUsed, GameState.NEVER);
    return new ActionUses(counters, new int[teams * counters.counted], lastUsed, null);
  }

  /** How often {@code team} has used {@code action}. */
  int count(int team, int action) {
    int k = counters.countedIndex[action];
    if (k >= 0) {
      return counts[team * counters.counted + k];
    }
    int n = 0;
    for (Use u = newest; u != null; u = u.older) {
      n += u.team == team && u.action == action ? 1 : 0;
    }
    return n;
  }

  /** The last turn {@code team} used {@code action}, {@link GameState#NEVER} when it has not. */
  int lastUsed(int team, int action) {
    int k = counters.timedIndex[action];
    if (k >= 0) {
      return lastUsed[team * counters.timed + k];
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
    private int[] counts;
    private int[] lastUsed;
    private Use newest;

    Recorder(ActionUses before) {
      this.before = before;
      this.newest = before.newest;
    }

    void record(int team, int action, int turn) {
      Counters c = before.counters;
      if (newest == before.newest) {
        counts = before.counts.clone();
        lastUsed = before.lastUsed.clone();
      }
      newest = new Use(team, action, turn, newest);
      if (c.countedIndex[action] >= 0) {
        counts[team * c.counted + c.countedIndex[action]]++;
      }
      if (c.timedIndex[action] >= 0) {
        lastUsed[team * c.timed + c.timedIndex[action]] = turn;
      }
    }

    ActionUses uses() {
      return newest == before.newest
          ? before
          : new ActionUses(before.counters, counts, lastUsed, newest);
    }
  }

  /** One use; {@code older} is the use before it. */
  private record Use(int team, int action, int turn, Use older) {}

  /** Which actions have counters, and where: shared by every state of a game. */
  private static final class Counters {
    final int teams;
    final int actions;
    final int[] countedIndex;
    final int[] timedIndex;
    final int counted;
    final int timed;

    Counters(int teams, List<Action> actionList) {
      this.teams = teams;
      this.actions = actionList.size();
      this.countedIndex = new int[actions];
      this.timedIndex = new int[actions];
      int c = 0;
      int t = 0;
      for (int a = 0; a < actions; a++) {
        countedIndex[a] = actionList.get(a).maxUses() > 0 ? c++ : -1;
        timedIndex[a] = actionList.get(a).cooldown() > 0 ? t++ : -1;
      }
      this.counted = c;
      this.timed = t;
    }
  }
}
