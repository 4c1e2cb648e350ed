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
      new ServerInitializer(new FakeGameService(), Duration.ofSeconds(30), "test-server 0",
          null));

  @AfterEach
  void releaseEverything() {
    channel.finishAndReleaseAll();
  }

  @Test
  void thePipelineHasItsNamedHandlersInOrder() {
    assertEquals(List.of("idle", "frame-decoder", "protobuf-decoder", "frame-encoder",
            "protobuf-encoder", "session"),
        channel.pipeline().names().subList(0, 6), "the handlers, head to tail");
  }

  @Test
  void aDelimitedHelloFrameGetsADelimitedWelcomeFrame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClientMessage.newBuilder().setRequestId(1)
        .setHello(Hello.newBuilder().setProtocolVersion(1))
        .build().writeDelimitedTo(bytes);
    channel.writeInbound(Unpooled.wrappedBuffer(bytes.toByteArray()));
    ServerMessage welcome = readFrame();
    assertTrue(welcome.hasWelcome(), "the Hello is welcomed: " + welcome);
  }

  @Test
  void aConnectionSilentForTheIdleTimeIsToldAndClosed() throws IOException {
    channel.advanceTimeBy(31, TimeUnit.SECONDS);
    channel.runPendingTasks();
    ServerMessage notice = readFrame();
    assertEquals(ErrorCode.FAILED_PRECONDITION, notice.getError().getCode(), "the code");
    assertEquals("closing an idle connection", notice.getError().getMessage(), "the sentence");
    assertFalse(channel.isOpen(), "the idle connection is closed");
  }

  /** Reads the outbound bytes as one delimited ServerMessage, as a client would. */
  private ServerMessage readFrame() throws IOException {
    ByteBuf out = Unpooled.buffer();
    try {
      for (ByteBuf part = channel.readOutbound(); part != null; part = channel.readOutbound()) {
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
