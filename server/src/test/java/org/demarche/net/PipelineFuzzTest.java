package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.testing.LogCapture;

/**
 * Random and mutated frames through the whole pipeline of one connection, on an
 * EmbeddedChannel: whatever arrives, the server answers with well-formed frames, never fails
 * inside, releases every buffer, and in the end the connection is closed with an Error saying
 * why (a bad frame at once, a half frame by the handshake or idle timeout) and the game is told
 * it left.
 */
class PipelineFuzzTest {
  private static final Duration IDLE = Duration.ofMinutes(10);

  @Property(tries = 1_000)
  void whateverArrivesTheConnectionIsAnsweredAndEndsWithAnError(
      @ForAll("openings") boolean sayHelloFirst,
      @ForAll("hostileFrames") List<byte[]> frames,
      @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 64) Integer> pieceSizes)
      throws IOException {
    FakeGameService games = new FakeGameService();
    byte[] stream = HostileFrames.concat(sayHelloFirst
        ? HostileFrames.frame(HostileFrames.hello()) : new byte[0], HostileFrames.concat(frames));
    List<ByteBuf> sent = new ArrayList<>();
    try (LogCapture log = LogCapture.of("org.demarche.net")) {
      EmbeddedChannel channel = new EmbeddedChannel(
          new ServerInitializer(games, Limits.defaults(), IDLE, "fuzz-server 0", null));
      ByteBuf output = Unpooled.buffer();
      try {
        for (byte[] piece : HostileFrames.split(stream, pieceSizes)) {
          ByteBuf in = Unpooled.wrappedBuffer(piece);
          sent.add(in);
          if (channel.isOpen()) {
            channel.writeInbound(in);
          } else {
            in.release();
          }
          channel.runPendingTasks();
          drain(channel, output);
        }
        // Whatever is left half-said is ended by the handshake or the idle timeout.
        channel.advanceTimeBy(IDLE.toMillis() + Goodbye.GRACE_MILLIS, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        channel.runPendingTasks(); // the goodbye's consolidated flush is a task of its own
        drain(channel, output);

        assertFalse(channel.isOpen(), "the connection ends");
        List<ServerMessage> said = parse(output);
        assertFalse(said.isEmpty(), "the server said something before closing");
        ServerMessage last = said.get(said.size() - 1);
        assertTrue(last.hasError(), "the last word is an Error saying why: " + last);
        for (ServerMessage message : said) {
          assertNotEquals(ErrorCode.INTERNAL, message.getError().getCode(),
              "no input makes the server fail inside: " + message);
        }
        assertEquals(1, games.disconnected().size(), "the game is told once that it left");
      } finally {
        channel.finishAndReleaseAll();
        output.release();
      }
      for (ByteBuf in : sent) {
        assertEquals(0, in.refCnt(), "every inbound buffer is released");
      }
      assertTrue(log.records().stream().noneMatch(r -> r.getLevel().intValue()
              >= Level.WARNING.intValue()),
          () -> "hostile input is routine, never a warning:\n" + log.text());
    }
  }

  @Provide
  Arbitrary<Boolean> openings() {
    return Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
  }

  @Provide
  Arbitrary<List<byte[]>> hostileFrames() {
    return HostileFrames.frames(HostileFrames.bodies(HostileFrames.everyBody())).list()
        .ofMaxSize(8);
  }

  private static void drain(EmbeddedChannel channel, ByteBuf output) {
    for (ByteBuf part = channel.readOutbound(); part != null; part = channel.readOutbound()) {
      output.writeBytes(part);
      part.release();
    }
  }

  /** Every frame the server wrote; a frame cut short or not a ServerMessage fails the test. */
  private static List<ServerMessage> parse(ByteBuf output) throws IOException {
    List<ServerMessage> messages = new ArrayList<>();
    try (InputStream in = new ByteBufInputStream(output.duplicate())) {
      for (ServerMessage m = ServerMessage.parseDelimitedFrom(in); m != null;
          m = ServerMessage.parseDelimitedFrom(in)) {
        messages.add(m);
      }
    }
    return messages;
  }
}
