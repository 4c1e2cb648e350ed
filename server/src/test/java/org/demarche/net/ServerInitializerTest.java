package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline the initializer builds, bytes in and bytes out, on an EmbeddedChannel. */
class ServerInitializerTest {
  private final EmbeddedChannel channel = new EmbeddedChannel(
      new ServerInitializer(new FakeGameService(), Duration.ofSeconds(30), "test-server 0"));

  @AfterEach
  void releaseEverything() {
    channel.finishAndReleaseAll();
  }

  @Test
  void thePipelineHasItsNamedHandlersInOrder() {
    assertEquals(List.of("flush", "idle", "frame-decoder", "protobuf-decoder", "frame-encoder",
            "protobuf-encoder", "session"),
        channel.pipeline().names().subList(0, 7), "the handlers, head to tail");
  }

  @Test
  void aDelimitedHelloFrameGetsADelimitedWelcomeFrame() throws IOException {
    ServerMessage welcome = sayHello();
    assertTrue(welcome.hasWelcome(), "the Hello is welcomed: " + welcome);
  }

  @Test
  void aConnectionSilentForTheIdleTimeIsToldAndClosed() throws IOException {
    sayHello();
    channel.advanceTimeBy(31, TimeUnit.SECONDS);
    channel.runPendingTasks();
    ServerMessage notice = readFrame();
    assertEquals(ErrorCode.FAILED_PRECONDITION, notice.getError().getCode(), "the code");
    assertEquals("closing an idle connection", notice.getError().getMessage(), "the sentence");
    assertFalse(channel.isOpen(), "the idle connection is closed");
  }

  @Test
  void aConnectionThatSendsHalfAFrameAndNoHelloIsClosedAfterTheHandshakeTimeout()
      throws IOException {
    long timeout = Limits.DEFAULT_HANDSHAKE_TIMEOUT.toMillis();
    // A prefix announcing 10 bytes, and 3 of them.
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {10, 1, 2, 3}));
    channel.advanceTimeBy(timeout / 2, TimeUnit.MILLISECONDS);
    channel.runPendingTasks();
    assertTrue(channel.isOpen(), "the connection is open before the handshake timeout");

    channel.advanceTimeBy(timeout / 2 + 1, TimeUnit.MILLISECONDS);
    channel.runPendingTasks();
    ServerMessage notice = readFrame();
    assertEquals(ErrorCode.FAILED_PRECONDITION, notice.getError().getCode(), "the code");
    assertEquals("no Hello within 10000 ms of connecting; closing",
        notice.getError().getMessage(), "the sentence");
    assertFalse(channel.isOpen(), "the half-open connection is closed");
  }

  @Test
  void aConnectionOverTheCapIsToldWhyAndClosed() throws IOException {
    ServerInitializer oneAtATime = new ServerInitializer(new FakeGameService(),
        Limits.defaults().withConnections(1, 1, true), Duration.ofSeconds(30), "test-server 0",
        null);
    EmbeddedChannel second = new EmbeddedChannel(oneAtATime);
    EmbeddedChannel third = new EmbeddedChannel(oneAtATime);
    try {
      ServerMessage refusal = readFrame(third);
      assertEquals(ErrorCode.RESOURCE_EXHAUSTED, refusal.getError().getCode(), "the code");
      assertEquals("the server is full: it holds at most 1 connections; try again later",
          refusal.getError().getMessage(), "the sentence");
      assertFalse(third.isOpen(), "the refused connection is closed");
      assertTrue(second.isOpen(), "the admitted one stays open");
    } finally {
      second.finishAndReleaseAll();
      third.finishAndReleaseAll();
    }
  }

  private ServerMessage sayHello() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClientMessage.newBuilder().setRequestId(1)
        .setHello(Hello.newBuilder().setProtocolVersion(1))
        .build().writeDelimitedTo(bytes);
    channel.writeInbound(Unpooled.wrappedBuffer(bytes.toByteArray()));
    return readFrame();
  }

  /** Reads the outbound bytes as one delimited ServerMessage, as a client would. */
  private ServerMessage readFrame() throws IOException {
    return readFrame(channel);
  }

  private static ServerMessage readFrame(EmbeddedChannel from) throws IOException {
    from.runPendingTasks(); // a consolidated flush is a task of its own
    ByteBuf out = Unpooled.buffer();
    try {
      for (ByteBuf part = from.readOutbound(); part != null; part = from.readOutbound()) {
        out.writeBytes(part);
        part.release();
      }
      try (InputStream in = new ByteBufInputStream(out)) {
        return ServerMessage.parseDelimitedFrom(in);
      }
    } finally {
      out.release();
    }
  }
}
