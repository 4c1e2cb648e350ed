package org.demarche.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.lang.System.Logger.Level;

/**
 * Sits right behind the {@code tls} handler: when a connection's TLS handshake fails (a client
 * speaking plain TCP, a client that does not trust the certificate, a handshake that times out)
 * it logs one line, passes the failure on so the session logs no second one, and closes that
 * connection; the exception that follows the failure is its echo, not news, and goes no further.
 *
 * <p>Threads: one per connection, used on the connection's event loop only.
 */
final class TlsFailureHandler extends ChannelInboundHandlerAdapter {
  private static final System.Logger LOG = System.getLogger(TlsFailureHandler.class.getName());

  private final String connectionId;
  private boolean failed;

  TlsFailureHandler(String connectionId) {
    this.connectionId = connectionId;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
      failed = true;
      LOG.log(Level.INFO, "{0} {1}: closing: the TLS handshake failed: {2}", connectionId,
          ctx.channel().remoteAddress(), reason(done.cause()));
      // before closing, so the session knows the server ended it and logs nothing more
      ctx.fireUserEventTriggered(event);
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (failed) {
      ctx.close();
    } else {
      ctx.fireExceptionCaught(cause);
    }
  }

  private static String reason(Throwable cause) {
    // Netty's own sentence carries a hex dump of whatever the client sent.
    return cause instanceof NotSslRecordException
        ? "the client does not speak TLS"
        : String.valueOf(cause.getMessage());
  }
}
