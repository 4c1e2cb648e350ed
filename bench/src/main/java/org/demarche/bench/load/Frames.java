package org.demarche.bench.load;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import org.demarche.proto.v1.ServerMessage;

/**
 * Reads the envelope of a {@code ServerMessage} frame (its request id and which body it holds)
 * without parsing the body, so that thousands of bots can count pushes they never look into.
 */
final class Frames {
  private Frames() {}

  /** The request id (0 for a push) and the kind of body of a frame. */
  record Head(long requestId, ServerMessage.BodyCase body) {}

  /**
   * Reads the head of {@code frame} without moving its reader index.
   *
   * @throws IOException when the frame is not a protobuf message
   */
  static Head head(ByteBuf frame) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(frame.nioBuffer());
    long requestId = 0;
    ServerMessage.BodyCase body = ServerMessage.BodyCase.BODY_NOT_SET;
    // Each field read or skipped consumes bytes, so the loop ends with the frame.
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      int field = WireFormat.getTagFieldNumber(tag);
      if (field == ServerMessage.REQUEST_ID_FIELD_NUMBER) {
        requestId = in.readUInt64();
        continue;
      }
      ServerMessage.BodyCase kind = ServerMessage.BodyCase.forNumber(field);
      if (kind != null) {
        body = kind;
      }
      in.skipField(tag);
    }
    return new Head(requestId, body);
  }
}
