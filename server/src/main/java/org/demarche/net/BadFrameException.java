package org.demarche.net;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * A frame the server refuses before reading its body: too long, a negative length, or a length
 * prefix that is not a varint32. Its message is a sentence for the client.
 *
 * <p>Stackless, like Velocity's {@code QuietDecoderException}: hostile or broken clients can
 * make the server throw this as often as they like, and the stack says nothing the message does
 * not (the decoder is the only thrower).
 */
final class BadFrameException extends CorruptedFrameException {
  BadFrameException(String sentence) {
    super(sentence);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
