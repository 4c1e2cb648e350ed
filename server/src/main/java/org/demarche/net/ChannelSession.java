package org.demarche.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import org.demarche.game.api.Push;
import org.demarche.game.api.Session;

/**
 * One connection as the game layer sees it: {@link #push} encodes the push as a
 * {@code ServerMessage} with request_id 0 (once for all its recipients, see {@link EncodedPush})
 * and hands the bytes to the connection's event loop, which writes them.
 */
final class ChannelSession implements Session {
  private static final System.Logger LOG = System.getLogger(ChannelSession.class.getName());

  private final Channel channel;
  private final String id;

  ChannelSession(Channel channel, String id) {
    this.channel = channel;
    this.id = id;
  }

  /** Any thread; never blocks. Dropped silently once the connection has closed. */
  @Override
  public void push(Push push) {
    if (channel.isActive()) {
      byte[] message = EncodedPush.bytes(push);
      onEventLoop(() -> write(message));
    }
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Runs {@code task} on the connection's event loop, the only thread that touches the
   * connection's state. Any thread.
   */
  void onEventLoop(Runnable task) {
    try {
      channel.eventLoop().execute(task);
    } catch (RejectedExecutionException e) {
      // The server is shutting down and has stopped the loop; the connection is closing with it,
      // so there is nobody left to tell.
      LOG.log(Level.DEBUG, () -> id + ": dropped work for a connection whose event loop has stopped");
    }
  }

  private void write(byte[] message) {
    assert channel.eventLoop().inEventLoop() : "pushes are written on the connection's event loop";
    if (!channel.isActive()) {
      return;
    }
    if (!channel.isWritable()) {
      // The outbound buffer is over its high-water mark: the client has stopped reading. Buffering
      // more pushes for it would let one stalled client use the server's memory.
      LOG.log(Level.INFO, "{0} {1}: closing, the client does not read what the server sends",
          id, channel.remoteAddress());
      channel.close();
      return;
    }
    channel.writeAndFlush(Unpooled.wrappedBuffer(message), channel.voidPromise());
  }
}
