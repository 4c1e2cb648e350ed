package org.demarche.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.System.Logger.Level;
import org.demarche.proto.v1.ErrorCode;

/**
 * The whole business of a connection the {@link ConnectionGate} refused: it tells the client
 * why, with RESOURCE_EXHAUSTED, and closes.
 *
 * <p>One per refused connection; called on its event loop.
 */
final class Refusal extends ChannelInboundHandlerAdapter {
  private static final System.Logger LOG = System.getLogger(Refusal.class.getName());

  private final String connectionId;
  private final String sentence;

  Refusal(String connectionId, String sentence) {
    this.connectionId = connectionId;
    this.sentence = sentence;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    // What the client sends is never read: it would only cost the server work.
    ctx.channel().config().setAutoRead(false);
    LOG.log(Level.INFO, "{0} {1}: refused: {2}", connectionId, ctx.channel().remoteAddress(),
        sentence);
    Goodbye.send(ctx, ProtoMapper.error(0, ErrorCode.RESOURCE_EXHAUSTED, sentence));
  }
}
