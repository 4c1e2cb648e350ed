package org.demarche.net;

import org.demarche.game.api.Push;

/**
 * A push's protobuf bytes, encoded once for all its recipients. The game layer hands one push
 * instance to each of its recipients in turn on one thread (a teammate after the other, then the
 * watchers), so remembering the last push encoded on each thread turns N encodings into one. The
 * frame encoder adds the length prefix to each copy it writes.
 */
final class EncodedPush {
  private static final ThreadLocal<EncodedPush> LAST_ON_THIS_THREAD =
      ThreadLocal.withInitial(EncodedPush::new);

  private Push push;
  private byte[] bytes;

  private EncodedPush() {}

  /** The serialized {@code ServerMessage} of {@code push} (request_id 0); never modify it. */
  static byte[] bytes(Push push) {
    EncodedPush last = LAST_ON_THIS_THREAD.get();
    if (last.push != push) { // the same instance, not an equal one: equal pushes are rare
      last.bytes = ProtoMapper.push(push).toByteArray();
      last.push = push;
    }
    return last.bytes;
  }
}
