package org.demarche.net;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.Ping;

/**
 * Generators of what a hostile or broken client sends, for the fuzz tests: valid ClientMessages
 * of every request type as delimited frames, and those frames with bytes flipped, cut short,
 * extended, behind a wrong length prefix, or replaced by garbage.
 */
final class HostileFrames {
  private HostileFrames() {}

  /** One valid message of every body of the protocol, Hello and Ping included. */
  static List<ClientMessage> everyBody() {
    return Stream.concat(
        Stream.of(hello(), ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()).build()),
        ProtoMapperTest.requests().map(ProtoMapperTest.RequestCase::message)).toList();
  }

  static ClientMessage hello() {
    return ClientMessage.newBuilder().setRequestId(1)
        .setHello(Hello.newBuilder().setProtocolVersion(1).setClientName("fuzz")).build();
  }

  /** {@code message} as it goes on the wire: a varint32 length, then the bytes. */
  static byte[] frame(ClientMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      message.writeDelimitedTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
    return out.toByteArray();
  }

  /** Messages of the given samples with random request ids, as bodies without a prefix. */
  static Arbitrary<byte[]> bodies(List<ClientMessage> samples) {
    return Combinators.combine(Arbitraries.of(samples),
            Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000), Arbitraries.longs()))
        .as((sample, id) -> sample.toBuilder().setRequestId(id).build().toByteArray());
  }

  /** Frames of {@code bodies}: valid, or mutated in one of the ways a hostile client would. */
  static Arbitrary<byte[]> frames(Arbitrary<byte[]> bodies) {
    Arbitrary<byte[]> valid = bodies.map(body -> concat(varint(body.length), body));
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> flips = Combinators.combine(
            Arbitraries.integers().between(0, 1_000), Arbitraries.bytes().filter(b -> b != 0))
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
    return Arbitraries.frequencyOf(
        Tuple.of(3, valid),
        Tuple.of(3, Combinators.combine(valid, flips).as(HostileFrames::flip)),
        Tuple.of(2, Combinators.combine(valid, Arbitraries.doubles().between(0, 1))
            .as((frame, keep) -> Arrays.copyOf(frame, (int) (frame.length * keep)))),
        Tuple.of(2, Combinators.combine(valid, garbage(64)).as(HostileFrames::concat)),
        Tuple.of(2, Combinators.combine(bodies, lengths())
            .as((body, length) -> concat(varint(length), body))),
        Tuple.of(1, garbage(300)));
  }

  /** Random bytes, up to {@code max} of them. */
  static Arbitrary<byte[]> garbage(int max) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(max);
  }

  /**
   * Length prefixes of every kind: small, around the 64 KiB cap, 2 GiB and above, and varints
   * longer than a varint32 may be.
   */
  private static Arbitrary<Long> lengths() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 300),
        Arbitraries.longs().between(FrameDecoder.MAX_FRAME_BYTES - 2,
            FrameDecoder.MAX_FRAME_BYTES + 2),
        Arbitraries.of(1L << 31, (1L << 31) - 1, (1L << 32) - 1, 1L << 35, Long.MAX_VALUE));
  }

  /** The unsigned varint of {@code value}: up to 10 bytes. */
  static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CodedOutputStream coded = CodedOutputStream.newInstance(out);
    try {
      coded.writeUInt64NoTag(value);
      coded.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /** All the parts, one after the other. */
  static byte[] concat(List<byte[]> parts) {
    byte[] all = new byte[0];
    for (byte[] part : parts) {
      all = concat(all, part);
    }
    return all;
  }

  private static byte[] flip(byte[] frame, List<Tuple.Tuple2<Integer, Byte>> flips) {
    byte[] flipped = frame.clone();
    for (Tuple.Tuple2<Integer, Byte> f : flips) {
      if (flipped.length > 0) {
        flipped[f.get1() % flipped.length] ^= f.get2();
      }
    }
    return flipped;
  }

  /** Splits {@code bytes} into pieces of the given sizes, as TCP may deliver them. */
  static List<byte[]> split(byte[] bytes, List<Integer> sizes) {
    List<byte[]> pieces = new ArrayList<>();
    int at = 0;
    for (int i = 0; at < bytes.length; i++) {
      int size = sizes.isEmpty() ? bytes.length : sizes.get(i % sizes.size());
      int end = Math.min(bytes.length, at + size);
      pieces.add(Arrays.copyOfRange(bytes, at, end));
      at = end;
    }
    return pieces;
  }
}
