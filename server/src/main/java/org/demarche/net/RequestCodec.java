package org.demarche.net;

import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.Request;
import org.demarche.proto.v1.AdhocEffect;
import org.demarche.proto.v1.AnswerProposal;
import org.demarche.proto.v1.AssignPlayer;
import org.demarche.proto.v1.Broadcast;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.DilemmaChoice;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.ExtendTimer;
import org.demarche.proto.v1.InjectAdhoc;
import org.demarche.proto.v1.InjectEvent;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.LockIn;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.Propose;
import org.demarche.proto.v1.RemovePlayer;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.SetVariable;
import org.demarche.proto.v1.Unlock;

/**
 * Requests as protobuf messages both ways, for the journal: it keeps each accepted request as
 * the client sent it, and reads it back through the same checks as the wire. Only the requests
 * that change a game are encoded; the others never reach a journal. Pure; any thread.
 */
public final class RequestCodec {
  private RequestCodec() {}

  /** The request a journaled message carries, checked as if it came from a client. */
  public static Request decode(ClientMessage message) throws InvalidRequestException {
    return ProtoMapper.toRequest(message);
  }

  /** The message of a game-changing request. */
  public static ClientMessage encode(Request request) {
    ClientMessage.Builder m = ClientMessage.newBuilder();
    if (request instanceof Request.JoinGame r) {
      m.setJoinGame(JoinGame.newBuilder().setCode(r.code()).setDisplayName(r.displayName())
          .setTeamId(r.teamId()));
    } else if (request instanceof Request.ObserveGame r) {
      m.setObserveGame(ObserveGame.newBuilder().setObserverCode(r.observerCode())
          .setDisplayName(r.displayName()));
    } else if (request instanceof Request.CreateGame r) {
      m.setCreateGame(createGame(r));
    } else if (request instanceof Request.AssignPlayer r) {
      m.setAssignPlayer(AssignPlayer.newBuilder().setGameId(r.gameId())
          .setParticipantId(r.participantId()).setTeamId(r.teamId()));
    } else if (request instanceof Request.RemovePlayer r) {
      m.setRemovePlayer(RemovePlayer.newBuilder().setGameId(r.gameId())
          .setParticipantId(r.participantId()));
    } else if (request instanceof Request.ControlGame r) {
      m.setControlGame(ControlGame.newBuilder().setGameId(r.gameId()).setOp(controlOp(r.op())));
    } else if (request instanceof Request.ExtendTimer r) {
      m.setExtendTimer(ExtendTimer.newBuilder().setGameId(r.gameId()).setSeconds(r.seconds()));
    } else if (request instanceof Request.InjectEvent r) {
      m.setInjectEvent(InjectEvent.newBuilder().setGameId(r.gameId()).setEventId(r.eventId()));
    } else if (request instanceof Request.InjectAdhoc r) {
      m.setInjectAdhoc(injectAdhoc(r));
    } else if (request instanceof Request.SetVariable r) {
      m.setSetVariable(SetVariable.newBuilder().setGameId(r.gameId())
          .setVariableId(r.variableId()).setValue(r.value()).setReason(r.reason()));
    } else if (request instanceof Request.Broadcast r) {
      m.setBroadcast(Broadcast.newBuilder().setGameId(r.gameId()).setText(r.text()));
    } else if (request instanceof Request.EditDraft r) {
      m.setEditDraft(editDraft(r.edit()));
    } else if (request instanceof Request.LockIn) {
      m.setLockIn(LockIn.getDefaultInstance());
    } else if (request instanceof Request.Unlock) {
      m.setUnlock(Unlock.getDefaultInstance());
    } else if (request instanceof Request.SendChat r) {
      m.setSendChat(SendChat.newBuilder().setChannel(channel(r.channel()))
          .setToTeamId(r.toTeamId()).setText(r.text()));
    } else if (request instanceof Request.Propose r) {
      m.setPropose(Propose.newBuilder().setActionId(r.actionId()).setToTeamId(r.toTeamId()));
    } else if (request instanceof Request.AnswerProposal r) {
      m.setAnswerProposal(AnswerProposal.newBuilder().setProposalId(r.proposalId())
          .setAccept(r.accept()));
    } else {
      throw new IllegalArgumentException(request.getClass().getSimpleName()
          + " changes no game and has no place in a journal");
    }
    return m.build();
  }

  /** The settings of a game as a CreateGame message. */
  public static CreateGame createGame(Request.CreateGame r) {
    return CreateGame.newBuilder().setScenarioId(r.scenarioId())
        .addAllHumanTeamIds(r.humanTeamIds()).addAllIdleTeamIds(r.idleTeamIds())
        .setSeed(r.seed()).setTurns(r.turns()).setTurnSeconds(r.turnSeconds())
        .setEffectDetail(effectDetail(r.effectDetail())).build();
  }

  /** A CreateGame message read back as settings, checked as from a client. */
  public static Request.CreateGame createGame(CreateGame message) throws InvalidRequestException {
    return (Request.CreateGame) decode(ClientMessage.newBuilder().setCreateGame(message).build());
  }

  private static InjectAdhoc injectAdhoc(Request.InjectAdhoc r) {
    InjectAdhoc.Builder b = InjectAdhoc.newBuilder().setGameId(r.gameId()).setTitle(r.title())
        .setText(r.text()).addAllVisibleTo(r.visibleTo());
    for (Request.AdhocEffect effect : r.effects()) {
      b.addEffects(AdhocEffect.newBuilder().setVariableId(effect.variableId())
          .setAmount(effect.amount()));
    }
    return b.build();
  }

  private static EditDraft editDraft(Request.DraftEdit edit) {
    EditDraft.Builder b = EditDraft.newBuilder();
    if (edit instanceof Request.DraftEdit.Add add) {
      b.setAddActionId(add.actionId());
    } else if (edit instanceof Request.DraftEdit.Remove remove) {
      b.setRemoveActionId(remove.actionId());
    } else if (edit instanceof Request.DraftEdit.Choose choose) {
      b.setChoose(DilemmaChoice.newBuilder().setEventId(choose.eventId())
          .setOptionId(choose.optionId()));
    } else {
      b.setClear(true);
    }
    return b.build();
  }

  private static org.demarche.proto.v1.ControlOp controlOp(ControlOp op) {
    return org.demarche.proto.v1.ControlOp.valueOf(op.name());
  }

  private static org.demarche.proto.v1.EffectDetail effectDetail(EffectDetail detail) {
    return org.demarche.proto.v1.EffectDetail.valueOf(detail.name());
  }

  private static org.demarche.proto.v1.Channel channel(Channel channel) {
    return org.demarche.proto.v1.Channel.valueOf(channel.name());
  }
}
