package org.demarche.net;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.TimeUnit;
import org.demarche.proto.v1.ServerMessage;

/**
 * The last thing the server sends on a connection: an {@code Error} saying why, then the close,
 * once the error is written or after a grace period, whichever comes first. Without the grace
 * period a client that never reads would keep the error, and so the connection, for ever.
 *
 * <p>Called on the connection's event loop.
 */
final class Goodbye {
  /** How long a client has to take the error before the server closes regardless. */
  static final long GRACE_MILLIS = 5_000;

  private Goodbye() {}

  /** Writes {@code error} and closes the connection, in bounded time. */
  static void send(ChannelHandlerContext ctx, ServerMessage error) {
    ctx.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
    ctx.executor().schedule(() -> ctx.close(), GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }
}
