package org.demarche.server.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar redrawn in place on a terminal. Callers create it only when the output
 * is a terminal, so pipes and files never receive control characters.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final int total;
  private int lastDrawn = -1;

  ProgressBar(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  /** Redraws when the shown percentage changes; safe to call from any thread. */
  synchronized void update(int done) {
    int percent = (int) (100L * done / total);
    if (percent == lastDrawn) {
      return;
    }
    lastDrawn = percent;
    int filled = WIDTH * percent / 100;
    out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% ("
        + done + "/" + total + ")");
    out.flush();
  }

  synchronized void finish() {
    out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
    out.flush();
  }
}
