package org.demarche.client.session;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.demarche.client.net.RequestFailed;
import org.demarche.client.render.ActionsList;
import org.demarche.client.render.GameText;
import org.demarche.client.render.GoalsList;
import org.demarche.client.render.ReportText;
import org.demarche.client.render.StateTable;
import org.demarche.client.session.CommandSpec.ArgKind;
import org.demarche.proto.v1.AnswerProposal;
import org.demarche.proto.v1.Channel;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.DilemmaChoice;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.GetHistory;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.LockIn;
import org.demarche.proto.v1.Propose;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.TeamView;
import org.demarche.proto.v1.Unlock;

/**
 * The commands of players and observers: reading the team's view, editing its draft, talking,
 * proposing joint actions, answering dilemmas, and reading past turns. Observers have the
 * reading ones and {@code view TEAM}. The after-action review is {@link ReportCommand}.
 *
 * <p>Handlers run on the command thread.
 */
final class PlayerCommands {
  private static final Set<Role> READERS = Set.of(Role.PLAYER, Role.OBSERVER);
  private static final Set<Role> PLAYERS = Set.of(Role.PLAYER);
  private static final String HISTORY_USAGE = "history [--full]";

  private final Client client;

  private PlayerCommands(Client client) {
    this.client = client;
  }

  static void register(Client client, CommandCatalog catalog) {
    PlayerCommands c = new PlayerCommands(client);
    catalog.add(reader("briefing", "your team's briefing and the scenario's",
        view -> GameText.briefing(client.state().session().getTitle(), view, client.style()), c));
    catalog.add(reader("status", "turn, time left, orders, resources, score, teammates",
        view -> GameText.status(view, client.state().millisLeftNow(), client.style()), c));
    catalog.add(reader("state", "the variables you see: value, change, history, estimates",
        view -> StateTable.render(view, client.style()), c));
    catalog.add(reader("goals", "each objective, its score and the actions that move it",
        view -> GoalsList.render(view, client.style()), c));
    catalog.add(reader("actions", "what you can order now (cost, effects) and what not (why)",
        view -> ActionsList.render(view, client.style()), c));
    catalog.add(reader("orders", "your team's draft for this turn",
        view -> "Orders: " + GameText.orders(view.getDraft()) + "\n", c));
    catalog.add(reader("dilemmas", "the dilemmas to answer this turn, with their options",
        view -> GameText.dilemmas(view, client.style()), c));
    catalog.add(CommandSpec.of("add ACTION", "add an action to your team's orders", PLAYERS,
        1, 1, List.of(ArgKind.ACTION), line -> c.edit(
            EditDraft.newBuilder().setAddActionId(line.arg(0)),
            "Added " + line.arg(0) + " to your team's orders.")));
    catalog.add(CommandSpec.of("remove ACTION", "take an action out of your team's orders",
        PLAYERS, 1, 1, List.of(ArgKind.DRAFT_ACTION), line -> c.edit(
            EditDraft.newBuilder().setRemoveActionId(line.arg(0)),
            "Removed " + line.arg(0) + " from your team's orders.")));
    catalog.add(CommandSpec.of("clear", "empty your team's orders", PLAYERS, 0, 0, List.of(),
        line -> c.edit(EditDraft.newBuilder().setClear(true), "Emptied your team's orders.")));
    catalog.add(CommandSpec.of("choose EVENT OPTION", "answer a dilemma", PLAYERS, 2, 2,
        List.of(ArgKind.DILEMMA, ArgKind.OPTION), line -> c.edit(
            EditDraft.newBuilder().setChoose(DilemmaChoice.newBuilder()
                .setEventId(line.arg(0)).setOptionId(line.arg(1))),
            "Answered " + line.arg(0) + " with " + line.arg(1) + ".")));
    catalog.add(CommandSpec.of("lock", "lock in your team's orders for this turn", PLAYERS,
        0, 0, List.of(), line -> client.act(ClientMessage.newBuilder()
            .setLockIn(LockIn.getDefaultInstance()), "Your team is locked in.")));
    catalog.add(CommandSpec.of("unlock", "reopen your team's orders", PLAYERS, 0, 0, List.of(),
        line -> client.act(ClientMessage.newBuilder().setUnlock(Unlock.getDefaultInstance()),
            "Your team's orders are open again.")));
    catalog.add(CommandSpec.of("say TEXT", "write to your team", PLAYERS, 1, CommandSpec.ANY,
        List.of(ArgKind.FREE), line -> c.chat(Channel.TEAM, "", line.rest(0))));
    catalog.add(CommandSpec.of("msg TEAM TEXT", "write to another team (and yours)", PLAYERS,
        2, CommandSpec.ANY, List.of(ArgKind.TEAM, ArgKind.FREE),
        line -> c.chat(Channel.TEAM_PAIR, line.arg(0), line.rest(1))));
    catalog.add(CommandSpec.of("public TEXT", "write to everyone in the game", PLAYERS,
        1, CommandSpec.ANY, List.of(ArgKind.FREE), line -> c.chat(Channel.PUBLIC, "", line.rest(0))));
    catalog.add(CommandSpec.of("propose ACTION TEAM", "propose a joint action to another team",
        PLAYERS, 2, 2, List.of(ArgKind.ACTION, ArgKind.TEAM), line -> client.act(
            ClientMessage.newBuilder().setPropose(Propose.newBuilder()
                .setActionId(line.arg(0)).setToTeamId(line.arg(1))),
            "Proposed " + line.arg(0) + " to " + line.arg(1) + ".")));
    catalog.add(CommandSpec.of("accept ID", "accept a proposal made to your team", PLAYERS,
        1, 1, List.of(ArgKind.PROPOSAL), line -> c.answer(line.arg(0), true)));
    catalog.add(CommandSpec.of("decline ID", "decline a proposal made to your team", PLAYERS,
        1, 1, List.of(ArgKind.PROPOSAL), line -> c.answer(line.arg(0), false)));
    catalog.add(CommandSpec.of(HISTORY_USAGE, "the reports of past turns, in short (--full: "
        + "every turn in full)", READERS, 0, 1, List.of(ArgKind.HISTORY_OPTION), c::history));
    catalog.add(CommandSpec.of("view TEAM", "look at another team (observers)",
        Set.of(Role.OBSERVER), 1, 1, List.of(ArgKind.TEAM), c::observe));
  }

  /** A command that fetches the view and renders it. */
  private static CommandSpec reader(
      String name, String summary, Function<TeamView, String> render, PlayerCommands c) {
    return CommandSpec.of(name, summary, READERS, 0, 0, List.of(), line -> c.showView(render));
  }

  private Outcome showView(Function<TeamView, String> render) throws RequestFailed, IOException {
    showView(client.state().observedTeam(), render);
    return Outcome.OK;
  }

  private void showView(String teamId, Function<TeamView, String> render)
      throws RequestFailed, IOException {
    ServerMessage reply = client.call(
        ClientMessage.newBuilder().setGetView(GetView.newBuilder().setTeamId(teamId)));
    client.show(reply, () -> render.apply(reply.getTeamView()));
  }

  private Outcome edit(EditDraft.Builder edit, String done) throws RequestFailed, IOException {
    return client.act(ClientMessage.newBuilder().setEditDraft(edit), done);
  }

  private Outcome chat(Channel channel, String toTeam, String text)
      throws RequestFailed, IOException {
    return client.act(ClientMessage.newBuilder().setSendChat(
        SendChat.newBuilder().setChannel(channel).setToTeamId(toTeam).setText(text)), "Sent.");
  }

  private Outcome answer(String proposalId, boolean accept) throws RequestFailed, IOException {
    return client.act(ClientMessage.newBuilder().setAnswerProposal(
            AnswerProposal.newBuilder().setProposalId(proposalId).setAccept(accept)),
        (accept ? "Accepted " : "Declined ") + proposalId + ".");
  }

  private Outcome history(ParsedLine line) throws RequestFailed, IOException, UsageError {
    boolean full = !line.args().isEmpty();
    if (full && !"--full".equals(line.arg(0))) {
      throw new UsageError("unknown option " + line.arg(0) + "; usage: " + HISTORY_USAGE);
    }
    ServerMessage reply = client.call(
        ClientMessage.newBuilder().setGetHistory(GetHistory.getDefaultInstance()));
    client.show(reply, () -> full
        ? ReportText.fullHistory(reply.getHistory(), client.style())
        : ReportText.history(reply.getHistory(), client.style()));
    return Outcome.OK;
  }

  private Outcome observe(ParsedLine line) throws RequestFailed, IOException {
    // Switch only once the server has shown the team, so a typo does not leave a broken choice.
    showView(line.arg(0),
        view -> GameText.status(view, client.state().millisLeftNow(), client.style()));
    client.state().observeTeam(line.arg(0));
    return Outcome.OK;
  }
}
