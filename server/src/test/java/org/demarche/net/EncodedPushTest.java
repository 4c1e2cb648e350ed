package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import org.demarche.game.api.Push;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.Test;

class EncodedPushTest {
  @Test
  void aPushIsEncodedAsItsServerMessage() throws Exception {
    Push warning = new Push.TimerWarning(3, 60_000);
    ServerMessage decoded = ServerMessage.parseFrom(EncodedPush.bytes(warning));
    assertEquals(ProtoMapper.push(warning), decoded, "the bytes are the push's message");
    assertEquals(0, decoded.getRequestId(), "a push has request_id 0");
  }

  @Test
  void theSamePushInstanceIsEncodedOnceForAllItsRecipients() {
    Push warning = new Push.TimerWarning(3, 60_000);
    assertSame(EncodedPush.bytes(warning), EncodedPush.bytes(warning),
        "the second recipient gets the first one's bytes");
  }

  @Test
  void anotherPushIsEncodedAfreshEvenWhenEqual() {
    byte[] first = EncodedPush.bytes(new Push.TimerWarning(3, 60_000));
    byte[] equal = EncodedPush.bytes(new Push.TimerWarning(3, 60_000));
    byte[] other = EncodedPush.bytes(new Push.TimerWarning(4, 30_000));
    assertNotSame(first, equal, "an equal push is another push");
    assertArrayEquals(first, equal, "with the same bytes");
    assertEquals(ProtoMapper.push(new Push.TimerWarning(4, 30_000)),
        parse(other), "the last push's bytes are its own");
  }

  @Test
  void eachThreadRemembersItsOwnLastPush() throws Exception {
    Push here = new Push.TimerWarning(1, 1_000);
    byte[] mine = EncodedPush.bytes(here);
    Push there = new Push.TimerWarning(2, 2_000);
    byte[] theirs = CompletableFuture.supplyAsync(() -> EncodedPush.bytes(there)).get();
    assertSame(mine, EncodedPush.bytes(here), "another thread's push did not replace this one's");
    assertEquals(ProtoMapper.push(there), parse(theirs), "the other thread got its own push");
  }

  private static ServerMessage parse(byte[] bytes) {
    try {
      return ServerMessage.parseFrom(bytes);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
