package org.demarche.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.net.InvalidRequestException;
import org.demarche.net.RequestCodec;
import org.demarche.proto.v1.Actor;
import org.demarche.proto.v1.AdhocEffect;
import org.demarche.proto.v1.ClockMark;
import org.demarche.proto.v1.Correction;
import org.demarche.proto.v1.DilemmaChoice;
import org.demarche.proto.v1.ForkOrigin;
import org.demarche.proto.v1.GameOpened;
import org.demarche.proto.v1.InheritedStep;
import org.demarche.proto.v1.JournalAdhocEvent;
import org.demarche.proto.v1.JournalCommand;
import org.demarche.proto.v1.JournalOrders;
import org.demarche.proto.v1.TimerExpired;
import org.demarche.proto.v1.TurnResolved;

/**
 * Journal entries between their domain records and protobuf. Variables and teams are written by
 * id, never by index, so a journal stays readable by anyone holding the scenario. Pure.
 */
final class JournalCodec {
  /** The journal format this code writes and reads. */
  static final int FORMAT_VERSION = 1;

  private JournalCodec() {}

  static org.demarche.proto.v1.JournalEntry encode(
      JournalEntry entry, long sequence, Scenario scenario) {
    org.demarche.proto.v1.JournalEntry.Builder b = org.demarche.proto.v1.JournalEntry.newBuilder()
        .setSequence(sequence)
        .setTimeMillis(entry.timeMillis());
    if (entry instanceof JournalEntry.Opened opened) {
      b.setOpened(opened(opened, scenario));
    } else if (entry instanceof JournalEntry.Command command) {
      b.setCommand(JournalCommand.newBuilder()
          .setActor(actor(command.actor()))
          .setRequest(RequestCodec.encode(command.request()))
          .setIssuedToken(command.issuedToken()));
    } else if (entry instanceof JournalEntry.TimerExpired expired) {
      b.setTimerExpired(TimerExpired.newBuilder().setTurn(expired.turn()));
    } else if (entry instanceof JournalEntry.TurnResolved resolved) {
      b.setTurnResolved(turnResolved(resolved, scenario));
    } else {
      b.setClock(ClockMark.getDefaultInstance());
    }
    return b.build();
  }

  /** The opening without its copy of the scenario, which the store adds. */
  private static GameOpened opened(JournalEntry.Opened opened, Scenario scenario) {
    GameOpened.Builder b = GameOpened.newBuilder()
        .setFormatVersion(FORMAT_VERSION)
        .setGameId(opened.gameId())
        .setScenarioId(opened.settings().scenarioId())
        .setSettings(RequestCodec.createGame(opened.settings()))
        .setJoinCode(opened.joinCode())
        .setObserverCode(opened.observerCode())
        .setInstructorCode(opened.instructorCode());
    if (opened.fork().isFork()) {
      ForkOrigin.Builder fork = ForkOrigin.newBuilder()
          .setParentGameId(opened.fork().parentGameId())
          .setTurn(opened.fork().turn());
      for (JournalEntry.EngineStep step : opened.fork().inherited()) {
        InheritedStep.Builder s = InheritedStep.newBuilder();
        if (step instanceof JournalEntry.TurnResolved turn) {
          s.setTurn(turnResolved(turn, scenario));
        } else if (step instanceof JournalEntry.Correction c) {
          s.setCorrection(Correction.newBuilder().setVariableId(c.variableId())
              .setValue(c.value()).setReason(c.reason()));
        }
        fork.addSteps(s);
      }
      b.setFork(fork);
    }
    return b.build();
  }

  private static TurnResolved turnResolved(JournalEntry.TurnResolved resolved, Scenario scenario) {
    TurnResolved.Builder b = TurnResolved.newBuilder()
        .setTurn(resolved.turn())
        .addAllInjects(resolved.input().injects())
        .setStateHash(resolved.stateHash());
    for (TeamOrders orders : resolved.input().orders()) {
      JournalOrders.Builder o = JournalOrders.newBuilder()
          .setTeamId(orders.team())
          .addAllActionIds(orders.actions());
      // Sorted: the order of a Map.copyOf changes from one JVM run to the next.
      for (Map.Entry<String, String> choice : new TreeMap<>(orders.choices()).entrySet()) {
        o.addChoices(DilemmaChoice.newBuilder().setEventId(choice.getKey())
            .setOptionId(choice.getValue()));
      }
      b.addOrders(o);
    }
    for (AdhocEvent event : resolved.input().adhoc()) {
      JournalAdhocEvent.Builder e = JournalAdhocEvent.newBuilder()
          .setTitle(event.title()).setText(event.text());
      for (AdhocEvent.Change change : event.changes()) {
        e.addChanges(AdhocEffect.newBuilder()
            .setVariableId(scenario.variables().get(change.variable()).id())
            .setAmount(change.amount()));
      }
      for (int t = 0; t < event.visibleTo().length; t++) {
        if (event.visibleTo()[t]) {
          e.addVisibleTo(scenario.teams().get(t).id());
        }
      }
      b.addAdhoc(e);
    }
    return b.build();
  }

  private static Actor actor(Principal principal) {
    Actor.Builder b = Actor.newBuilder();
    if (principal instanceof Principal.Instructor) {
      b.setKind(Actor.Kind.INSTRUCTOR);
    } else if (principal instanceof Principal.GameInstructor) {
      b.setKind(Actor.Kind.GAME_INSTRUCTOR);
    } else if (principal instanceof Principal.Player player) {
      b.setKind(Actor.Kind.PLAYER).setParticipantId(player.participantId());
    } else if (principal instanceof Principal.Observer observer) {
      b.setKind(Actor.Kind.OBSERVER).setParticipantId(observer.participantId());
    } else {
      b.setKind(Actor.Kind.ANONYMOUS);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** The opening of a journal, whose scenario the caller has compiled from its copy. */
  static JournalEntry.Opened opened(org.demarche.proto.v1.JournalEntry entry, Scenario scenario)
      throws JournalException {
    GameOpened o = entry.getOpened();
    JournalEntry.Fork fork = JournalEntry.Fork.NONE;
    if (o.hasFork()) {
      List<JournalEntry.EngineStep> steps = new ArrayList<>();
      for (InheritedStep step : o.getFork().getStepsList()) {
        if (step.hasTurn()) {
          steps.add(turnResolved(0, step.getTurn(), scenario));
        } else if (step.hasCorrection()) {
          Correction c = step.getCorrection();
          steps.add(new JournalEntry.Correction(c.getVariableId(), c.getValue(), c.getReason()));
        } else {
          throw new JournalException("an inherited step of the fork is empty");
        }
      }
      fork = new JournalEntry.Fork(o.getFork().getParentGameId(), o.getFork().getTurn(), steps);
    }
    try {
      return new JournalEntry.Opened(entry.getTimeMillis(), o.getGameId(),
          RequestCodec.createGame(o.getSettings()), o.getJoinCode(), o.getObserverCode(),
          o.getInstructorCode(), fork);
    } catch (InvalidRequestException e) {
      throw new JournalException("the game's settings do not read: " + e.getMessage());
    }
  }

  /** An entry after the opening of game {@code gameId}. */
  static JournalEntry decode(
      org.demarche.proto.v1.JournalEntry entry, String gameId, Scenario scenario)
      throws JournalException {
    long time = entry.getTimeMillis();
    switch (entry.getBodyCase()) {
      case COMMAND:
        JournalCommand command = entry.getCommand();
        try {
          return new JournalEntry.Command(time, principal(command.getActor(), gameId),
              RequestCodec.decode(command.getRequest()), command.getIssuedToken());
        } catch (InvalidRequestException e) {
          throw new JournalException("a request does not read: " + e.getMessage());
        }
      case TIMER_EXPIRED:
        return new JournalEntry.TimerExpired(time, entry.getTimerExpired().getTurn());
      case TURN_RESOLVED:
        return turnResolved(time, entry.getTurnResolved(), scenario);
      case CLOCK:
        return new JournalEntry.ClockMark(time);
      case OPENED:
        throw new JournalException("a second opening entry");
      default:
        throw new JournalException("an entry of a kind this server does not know ("
            + entry.getBodyCase() + "); was it written by a newer server?");
    }
  }

  private static JournalEntry.TurnResolved turnResolved(
      long time, TurnResolved resolved, Scenario scenario) throws JournalException {
    List<TeamOrders> orders = new ArrayList<>();
    for (JournalOrders o : resolved.getOrdersList()) {
      Map<String, String> choices = new TreeMap<>();
      for (DilemmaChoice choice : o.getChoicesList()) {
        choices.put(choice.getEventId(), choice.getOptionId());
      }
      orders.add(new TeamOrders(o.getTeamId(), o.getActionIdsList(), choices));
    }
    List<AdhocEvent> adhoc = new ArrayList<>();
    for (JournalAdhocEvent e : resolved.getAdhocList()) {
      List<AdhocEvent.Change> changes = new ArrayList<>();
      for (AdhocEffect change : e.getChangesList()) {
        int variable = scenario.variableIndex(change.getVariableId());
        if (variable < 0) {
          throw new JournalException("an ad-hoc event changes unknown variable '"
              + change.getVariableId() + "'");
        }
        changes.add(new AdhocEvent.Change(variable, change.getAmount()));
      }
      boolean[] visibleTo = new boolean[scenario.teams().size()];
      for (String team : e.getVisibleToList()) {
        int index = scenario.teamIndex(team);
        if (index < 0) {
          throw new JournalException("an ad-hoc event is seen by unknown team '" + team + "'");
        }
        visibleTo[index] = true;
      }
      adhoc.add(new AdhocEvent(e.getTitle(), e.getText(), changes, visibleTo));
    }
    return new JournalEntry.TurnResolved(time, resolved.getTurn(),
        new TurnInput(orders, resolved.getInjectsList(), adhoc), resolved.getStateHash());
  }

  private static Principal principal(Actor actor, String gameId) throws JournalException {
    return switch (actor.getKind()) {
      case INSTRUCTOR -> Principal.INSTRUCTOR;
      case GAME_INSTRUCTOR -> new Principal.GameInstructor(gameId);
      case PLAYER -> new Principal.Player(gameId, actor.getParticipantId());
      case OBSERVER -> new Principal.Observer(gameId, actor.getParticipantId());
      case ANONYMOUS -> Principal.ANONYMOUS;
      default -> throw new JournalException("a request from an unknown kind of actor");
    };
  }
}
