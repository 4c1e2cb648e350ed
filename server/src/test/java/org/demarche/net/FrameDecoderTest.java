package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The capped varint32 frame decoder, fed through an EmbeddedChannel in fragments. */
class FrameDecoderTest {
  private final EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder());

  @AfterEach
  void releaseEverything() {
    channel.finishAndReleaseAll();
  }

  @Test
  void aFrameArrivingByteByByteComesOutWholeOnceItsLastByteArrives() {
    byte[] body = body(300);
    byte[] frame = frame(body);
    for (int i = 0; i < frame.length - 1; i++) {
      channel.writeInbound(Unpooled.wrappedBuffer(frame, i, 1));
      assertNull(channel.readInbound(), "no frame before byte " + (i + 1) + " of " + frame.length);
    }
    channel.writeInbound(Unpooled.wrappedBuffer(frame, frame.length - 1, 1));
    assertFrame(body, channel.readInbound(), "the frame, once its last byte arrived");
  }

  @ParameterizedTest(name = "split after {0} bytes")
  @ValueSource(ints = {1, 2, 150, 301})
  void aFrameInTwoPiecesComesOutWhole(int split) {
    byte[] body = body(300);
    byte[] frame = frame(body);
    channel.writeInbound(Unpooled.wrappedBuffer(frame, 0, split));
    assertNull(channel.readInbound(), "no frame from the first " + split + " bytes");
    channel.writeInbound(Unpooled.wrappedBuffer(frame, split, frame.length - split));
    assertFrame(body, channel.readInbound(), "the frame, once its second piece arrived");
  }

  @Test
  void twoFramesInOneReadComeOutAsTwo() {
    byte[] first = body(5);
    byte[] second = body(200);
    channel.writeInbound(Unpooled.wrappedBuffer(frame(first), frame(second)));
    assertFrame(first, channel.readInbound(), "the first frame");
    assertFrame(second, channel.readInbound(), "the second frame");
    assertNull(channel.readInbound(), "and nothing else");
  }

  @Test
  void anEmptyFrameComesOutAsAnEmptyBuffer() {
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0}));
    assertFrame(new byte[0], channel.readInbound(), "a zero-length frame");
  }

  @Test
  void aFrameExactlyAtTheCapIsAccepted() {
    byte[] body = body(FrameDecoder.MAX_FRAME_BYTES);
    channel.writeInbound(Unpooled.wrappedBuffer(frame(body)));
    assertFrame(body, channel.readInbound(), "a frame of exactly 65536 bytes");
  }

  @Test
  void aFrameOneByteOverTheCapIsRefusedOnItsPrefixAlone() {
    BadFrameException refused = assertThrows(BadFrameException.class,
        () -> channel.writeInbound(Unpooled.wrappedBuffer(varint(FrameDecoder.MAX_FRAME_BYTES + 1))),
        "the length prefix alone is enough to refuse the frame");
    assertEquals("frame of 65537 bytes exceeds the 65536-byte limit", refused.getMessage(),
        "the refusal is a sentence with the size and the limit");

    ByteBuf rest = Unpooled.wrappedBuffer(body(FrameDecoder.MAX_FRAME_BYTES + 1));
    channel.writeInbound(rest);
    assertNull(channel.readInbound(), "the body that follows a refusal is not a frame");
    assertEquals(0, rest.refCnt(), "the decoder dropped the body instead of buffering it");
  }

  @Test
  void aTwoGibibyteLengthIsRefused() {
    BadFrameException refused = assertThrows(BadFrameException.class,
        () -> channel.writeInbound(Unpooled.wrappedBuffer(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x07))),
        "a 2 GiB length is refused before any body");
    assertEquals("frame of 2147483647 bytes exceeds the 65536-byte limit", refused.getMessage(),
        "the sentence names the size the prefix claimed");
  }

  @Test
  void aLengthWithBit31SetIsRefusedAsNegative() {
    BadFrameException refused = assertThrows(BadFrameException.class,
        () -> channel.writeInbound(Unpooled.wrappedBuffer(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x0F))),
        "a length that reads as negative is refused");
    assertEquals("frame length 4294967295 is negative as a varint32; the length prefix is corrupt",
        refused.getMessage(), "the sentence says the prefix is corrupt");
  }

  @Test
  void aSixByteVarintIsRefused() {
    BadFrameException refused = assertThrows(BadFrameException.class,
        () -> channel.writeInbound(
            Unpooled.wrappedBuffer(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x01))),
        "a varint longer than 5 bytes is refused");
    assertEquals("the frame's length prefix is longer than 5 bytes, so it is not a varint32",
        refused.getMessage(), "the sentence says why");
  }

  @Test
  void theRefusalIsStackless() {
    BadFrameException refused = assertThrows(BadFrameException.class,
        () -> channel.writeInbound(Unpooled.wrappedBuffer(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x07))),
        "the 2 GiB prefix is refused");
    assertEquals(0, refused.getStackTrace().length, "hostile input costs no stack walk");
    assertFalse(channel.finish(), "nothing was decoded");
  }

  private static void assertFrame(byte[] expected, Object decoded, String what) {
    ByteBuf frame = (ByteBuf) decoded;
    try {
      assertArrayEquals(expected, ByteBufUtil.getBytes(frame), what + " has the body that was sent");
    } finally {
      frame.release();
    }
  }

  private static byte[] body(int length) {
    byte[] body = new byte[length];
    for (int i = 0; i < length; i++) {
      body[i] = (byte) (i * 31 + 7);
    }
    return body;
  }

  private static byte[] frame(byte[] body) {
    byte[] prefix = varint(body.length);
    byte[] frame = Arrays.copyOf(prefix, prefix.length + body.length);
    System.arraycopy(body, 0, frame, prefix.length, body.length);
    return frame;
  }

  private static byte[] varint(int value) {
    byte[] out = new byte[5];
    int i = 0;
    int rest = value;
    while ((rest & ~0x7F) != 0) {
      out[i++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out[i++] = (byte) rest;
    return Arrays.copyOf(out, i);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
