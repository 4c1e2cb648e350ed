package org.demarche.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the inbound byte stream into frames of protobuf's delimited framing
 * ({@code writeDelimitedTo} / {@code parseDelimitedFrom}) and refuses a frame longer than the
 * cap as soon as its length prefix has arrived, before any of its body is buffered.
 *
 * <pre>
 * +---------------------------+---------------------------------------+
 * | length: varint32, 1-5 B   | body: exactly `length` bytes          |
 * +---------------------------+---------------------------------------+
 *   0xAC 0x02  (= 300)          300 bytes of one ClientMessage
 *
 * varint32: 7 bits per byte, least significant group first; a set high bit means
 * "another byte follows". 300 = 0b10_0101100 -> 0b1_0101100 0b0_0000010 = 0xAC 0x02.
 * </pre>
 *
 * <p>Refused, with a {@link BadFrameException} whose message is a sentence for the client:
 * a length over the cap, a negative length (bit 31 set, as protobuf reads it) and a prefix whose
 * fifth byte still says "more follows". After a refusal the decoder drops everything else the
 * connection sends, since the stream has lost its frame boundaries; the session handler answers
 * and closes. Netty 4.2.7's {@code ProtobufVarint32FrameDecoder} does the same framing without
 * a cap, which would let one client make the server buffer 2 GiB.
 *
 * <p>Not sharable: it holds one connection's partial frame. Called on its channel's event loop.
 */
final class FrameDecoder extends ByteToMessageDecoder {
  /** The largest frame body the protocol allows: 64 KiB. */
  static final int MAX_FRAME_BYTES = 64 * 1024;

  private static final int MAX_VARINT_BYTES = 5;

  private final int maxFrameBytes;
  private boolean refused;

  FrameDecoder() {
    this(MAX_FRAME_BYTES);
  }

  FrameDecoder(int maxFrameBytes) {
    if (maxFrameBytes <= 0) {
      throw new IllegalArgumentException("maxFrameBytes must be positive, not " + maxFrameBytes);
    }
    this.maxFrameBytes = maxFrameBytes;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (refused) {
      in.skipBytes(in.readableBytes());
      return;
    }
    int start = in.readerIndex();
    int length = 0;
    for (int i = 0; i < MAX_VARINT_BYTES; i++) {
      if (!in.isReadable()) {
        // The prefix itself is split across reads: wait for the rest of it.
        in.readerIndex(start);
        return;
      }
      byte next = in.readByte();
      // In the fifth byte only the low 4 bits fit an int; like protobuf's readRawVarint32 we let
      // the rest overflow, which is how a length with bit 31 set reads as negative.
      length |= (next & 0x7F) << (7 * i);
      if (next >= 0) {
        emitFrame(in, start, length, out);
        return;
      }
    }
    throw refuse("the frame's length prefix is longer than 5 bytes, so it is not a varint32");
  }

  private void emitFrame(ByteBuf in, int start, int length, List<Object> out) {
    if (length < 0) {
      throw refuse("frame length " + Integer.toUnsignedString(length)
          + " is negative as a varint32; the length prefix is corrupt");
    }
    if (length > maxFrameBytes) {
      throw refuse("frame of " + length + " bytes exceeds the " + maxFrameBytes + "-byte limit");
    }
    if (in.readableBytes() < length) {
      // Rewind to the prefix so the next call sees the whole frame; the cap above bounds what
      // the cumulation buffer can grow to.
      in.readerIndex(start);
      return;
    }
    out.add(in.readRetainedSlice(length));
  }

  private BadFrameException refuse(String sentence) {
    refused = true;
    return new BadFrameException(sentence);
  }
}
