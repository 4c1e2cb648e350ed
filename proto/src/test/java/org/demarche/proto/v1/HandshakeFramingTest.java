package org.demarche.proto.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The generated envelope round-trips through the varint-delimited framing the protocol uses. */
class HandshakeFramingTest {
  @Test
  void aHelloAndAWelcomeSurviveDelimitedFraming() throws IOException {
    ClientMessage hello = ClientMessage.newBuilder()
        .setRequestId(1)
        .setHello(Hello.newBuilder().setProtocolVersion(1).setClientName("test 0"))
        .build();
    ServerMessage welcome = ServerMessage.newBuilder()
        .setRequestId(1)
        .setWelcome(Welcome.newBuilder().setProtocolVersion(1).setServerName("server 0"))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    hello.writeDelimitedTo(bytes);
    hello.writeDelimitedTo(bytes);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
    assertEquals(hello, ClientMessage.parseDelimitedFrom(in), "the first frame reads back equal");
    assertEquals(hello, ClientMessage.parseDelimitedFrom(in), "so does the second");
    assertNull(ClientMessage.parseDelimitedFrom(in), "and then the stream is at its end");
    assertEquals(ServerMessage.BodyCase.WELCOME,
        ServerMessage.parseFrom(welcome.toByteArray()).getBodyCase(), "a reply keeps its body");
  }

  @Test
  void errorCodesAreNumberedAsGrpcStatusCodes() {
    assertEquals(3, ErrorCode.INVALID_ARGUMENT.getNumber(), "INVALID_ARGUMENT is gRPC's 3");
    assertEquals(7, ErrorCode.PERMISSION_DENIED.getNumber(), "PERMISSION_DENIED is gRPC's 7");
    assertEquals(16, ErrorCode.UNAUTHENTICATED.getNumber(), "UNAUTHENTICATED is gRPC's 16");
  }
}
