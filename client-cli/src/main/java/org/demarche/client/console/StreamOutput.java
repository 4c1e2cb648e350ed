package org.demarche.client.console;

import java.io.PrintStream;
import org.demarche.client.session.Output;

/**
 * Output for scripts, pipes and tests: answers and pushes to one stream, warnings to another.
 * Each call prints whole, so a push never lands inside an answer.
 *
 * <p>Any thread.
 */
public final class StreamOutput implements Output {
  private final PrintStream out;
  private final PrintStream err;

  public StreamOutput(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void print(String text) {
    write(out, text);
  }

  @Override
  public void printAbove(String text) {
    write(out, text);
  }

  @Override
  public void warn(String text) {
    write(err, text);
  }

  private void write(PrintStream stream, String text) {
    // Lock the stream for the whole text so the reader thread cannot cut into it.
    synchronized (stream) {
      stream.print(text.endsWith("\n") ? text : text + "\n");
      stream.flush();
    }
  }
}
