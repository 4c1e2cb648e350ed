package org.demarche.client.render;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;

/**
 * The {@code --json} output: one JSON object a line, the proto3 JSON mapping of each message with
 * the .proto's field names, so a bot reads the names it finds in the protocol's documentation.
 * The client's own news (a lost link, a failed command) is an object with an {@code event}.
 *
 * <p>Stateless; any thread.
 */
public final class JsonLines {
  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().preservingProtoFieldNames().omittingInsignificantWhitespace();

  private JsonLines() {}

  /** A message as one line of JSON. */
  public static String of(MessageOrBuilder message) {
    try {
      return PRINTER.print(message);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError("the protocol's messages always print as JSON; this is a bug", e);
    }
  }

  /** The client's own news as {@code {"event": EVENT, "message": SENTENCE}}. */
  public static String event(String event, String sentence) {
    return of(Struct.newBuilder()
        .putFields("event", Value.newBuilder().setStringValue(event).build())
        .putFields("message", Value.newBuilder().setStringValue(sentence).build()));
  }
}
