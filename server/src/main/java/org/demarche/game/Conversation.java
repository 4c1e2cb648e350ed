package org.demarche.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.ProposalState;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.review.GameRecord;

/**
 * What the people of a game say to each other: chat on the public, team and team-pair channels,
 * the instructor's broadcasts, and proposals of joint actions from one team to another with what
 * became of them. Everything said is kept for the review. Game executor only.
 */
final class Conversation {
  /** The drafts an accepted proposal writes into; the game's. */
  interface Drafts {
    Draft of(int team);

    /** A draft changed: its team and the watchers hear of it. */
    void changed(int team);
  }

  private final Scenario scenario;
  private final Roster roster;
  private final Drafts drafts;
  private final Map<String, Proposal> proposals = new LinkedHashMap<>();
  private final List<GameRecord.Message> messages = new ArrayList<>();
  private int proposalCount;

  Conversation(Scenario scenario, Roster roster, Drafts drafts) {
    this.scenario = scenario;
    this.roster = roster;
    this.drafts = drafts;
  }

  Result chat(Participant me, Request.SendChat chat, int turn) {
    Result.Rejected bad = Names.text("the message", chat.text(), Game.MAX_TEXT);
    if (bad != null) {
      return bad;
    }
    if (chat.channel() == null) {
      return Result.rejected(ErrorKind.INVALID_ARGUMENT, "say which channel the message is for");
    }
    if ((chat.channel() == Channel.TEAM || chat.channel() == Channel.TEAM_PAIR)
        && me.team.isEmpty()) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION,
          "you are not on a team yet; write on the public channel");
    }
    String to = "";
    if (chat.channel() == Channel.TEAM_PAIR) {
      to = chat.toTeamId() == null ? "" : chat.toTeamId();
      if (scenario.teamIndex(to) < 0) {
        return unknownTeam(to);
      }
      if (to.equals(me.team)) {
        return Result.rejected(ErrorKind.INVALID_ARGUMENT,
            "that is your own team; use the TEAM channel");
      }
    }
    Push.Chat push = new Push.Chat(chat.channel(), me.id, me.name, me.team, to, chat.text(), turn);
    messages.add(new GameRecord.Message(turn, chat.channel(), me.name, me.team, to, chat.text()));
    if (chat.channel() == Channel.PUBLIC) {
      roster.toEveryone(push);
    } else {
      roster.toTeam(me.team, push);
      if (!to.isEmpty()) {
        roster.toTeam(to, push);
      }
      roster.toWatchers(push);
    }
    return Result.ACK;
  }

  /** The instructor writes to everyone. */
  void broadcast(String text, int turn) {
    messages.add(new GameRecord.Message(turn, Channel.BROADCAST, "Instructor", "", "", text));
    roster.toEveryone(new Push.Chat(Channel.BROADCAST, "", "Instructor", "", "", text, turn));
  }

  Result propose(int team, Request.Propose propose, int turn) {
    String to = propose.toTeamId() == null ? "" : propose.toTeamId();
    int target = scenario.teamIndex(to);
    if (target < 0) {
      return unknownTeam(to);
    }
    List<String> joint = new ArrayList<>();
    for (Action action : scenario.actions()) {
      if (action.joint() && action.teams().length == 2 && action.allows(team)
          && action.allows(target) && team != target) {
        joint.add(action.id());
      }
    }
    String from = scenario.teams().get(team).id();
    if (!joint.contains(propose.actionId())) {
      return scenario.actionIndex(propose.actionId()) < 0
          ? Names.unknown(ErrorKind.INVALID_ARGUMENT, "action", propose.actionId(), joint)
          : Result.rejected(ErrorKind.INVALID_ARGUMENT, "'" + propose.actionId()
              + "' is not a joint action of " + from + " and " + to
              + (joint.isEmpty() ? "; you have none with them"
                  : "; yours: " + String.join(", ", joint)));
    }
    Proposal proposal = new Proposal("P" + (++proposalCount), propose.actionId(), from, to,
        ProposalState.PENDING, turn);
    proposals.put(proposal.id(), proposal);
    toPair(proposal);
    return Result.ACK;
  }

  Result answer(Participant me, Request.AnswerProposal answer) {
    Proposal proposal = proposals.get(answer.proposalId());
    if (proposal == null) {
      return Result.rejected(ErrorKind.NOT_FOUND, "no proposal '" + answer.proposalId() + "'");
    }
    if (proposal.state() != ProposalState.PENDING) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION, "proposal " + proposal.id() + " is "
          + proposal.state().name().toLowerCase(Locale.ROOT) + " already");
    }
    if (!answer.accept()) {
      settle(proposal, ProposalState.DECLINED);
      return Result.ACK;
    }
    int from = scenario.teamIndex(proposal.fromTeam());
    int to = scenario.teamIndex(proposal.toTeam());
    if (drafts.of(to).locked()) {
      return Game.lockedIn();
    }
    if (drafts.of(from).locked()) {
      return Result.rejected(ErrorKind.FAILED_PRECONDITION,
          proposal.fromTeam() + " has locked in; ask them to unlock first");
    }
    for (int team : new int[] {from, to}) {
      if (!drafts.of(team).contains(proposal.actionId())) {
        drafts.of(team).add(proposal.actionId(), me.name);
        drafts.changed(team);
      }
    }
    settle(proposal, ProposalState.ACCEPTED);
    return Result.ACK;
  }

  /** The turn resolved or the game ended: proposals still pending expire. */
  void expirePending() {
    for (Map.Entry<String, Proposal> entry : proposals.entrySet()) {
      if (entry.getValue().state() == ProposalState.PENDING) {
        entry.setValue(entry.getValue().with(ProposalState.EXPIRED));
        toPair(entry.getValue());
      }
    }
  }

  /** The team a proposal was made to, or null when there is no such proposal. */
  String proposalTarget(String proposalId) {
    Proposal p = proposals.get(proposalId);
    return p == null ? null : p.toTeam();
  }

  List<GameRecord.Message> messages() {
    return messages;
  }

  List<GameRecord.Agreement> agreements() {
    List<GameRecord.Agreement> agreements = new ArrayList<>();
    for (Proposal p : proposals.values()) {
      agreements.add(new GameRecord.Agreement(
          p.turn(), p.id(), p.actionId(), p.fromTeam(), p.toTeam(), p.state()));
    }
    return agreements;
  }

  private void settle(Proposal proposal, ProposalState state) {
    Proposal settled = proposal.with(state);
    proposals.put(settled.id(), settled);
    toPair(settled);
  }

  private void toPair(Proposal proposal) {
    Push push = proposal.push();
    roster.toTeam(proposal.fromTeam(), push);
    roster.toTeam(proposal.toTeam(), push);
    roster.toWatchers(push);
  }

  private Result.Rejected unknownTeam(String teamId) {
    List<String> ids = new ArrayList<>();
    scenario.teams().forEach(t -> ids.add(t.id()));
    return Names.unknown(ErrorKind.NOT_FOUND, "team", teamId, ids);
  }
}
