package org.demarche.client.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.demarche.client.render.Style;
import org.demarche.client.session.Client;
import org.demarche.client.session.Outcome;
import org.demarche.client.session.Output;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The interactive prompt on a terminal: JLine's line editor with history (kept in
 * {@code ~/.demarche/history}) and tab completion, pushes printed above the line being typed, and
 * a prompt that counts the turn's time down every second.
 *
 * <p>{@link #run} runs on the thread that owns the terminal; the output methods may be called from
 * any thread, since {@link LineReader#printAbove} is safe to call while another thread reads.
 */
public final class InteractiveShell implements Output {
  private final Terminal terminal;
  private final LineReader reader;
  private final Style style;
  private volatile Client client;
  /** The prompt on screen, so the clock redraws only when the text changes. */
  private volatile String shownPrompt = "";

  public InteractiveShell(Terminal terminal, Path historyFile, Style style) {
    this.terminal = terminal;
    this.style = style;
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("demarche")
        .variable(LineReader.HISTORY_FILE, historyFile)
        .completer(this::complete)
        .build();
  }

  /** Reads and runs commands until {@code quit} or end of input (Ctrl-D). Terminal's thread. */
  public void run(Client driven) throws IOException {
    this.client = driven;
    driven.setAsker(this::readAnswer);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "demarche-prompt-clock");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(this::refreshPrompt, 1, 1, TimeUnit.SECONDS);
    try {
      printAbove(style.dim("Type 'help' for the commands, Tab to complete, Ctrl-D to leave."));
      while (true) {
        String line;
        try {
          shownPrompt = driven.prompt();
          line = reader.readLine(shownPrompt);
        } catch (UserInterruptException e) {
          // Ctrl-C drops the line being typed, as in a shell; Ctrl-D leaves.
          continue;
        } catch (EndOfFileException e) {
          return;
        }
        if (driven.execute(line) == Outcome.QUIT) {
          return;
        }
      }
    } finally {
      ticker.shutdownNow();
      reader.getHistory().save();
    }
  }

  /** A command's question (create, delete); Ctrl-C or Ctrl-D cancels the command, not the shell. */
  private String readAnswer(String prompt) throws IOException {
    try {
      return reader.readLine(prompt).strip();
    } catch (UserInterruptException | EndOfFileException e) {
      throw new IOException("cancelled", e);
    }
  }

  /** Redraws the prompt when its text changed (the clock ticked, a push arrived). Ticker thread. */
  private void refreshPrompt() {
    if (client == null || !reader.isReading()) {
      return;
    }
    String prompt = client.prompt();
    if (prompt.equals(shownPrompt) || !(reader instanceof LineReaderImpl)) {
      return;
    }
    LineReaderImpl impl = (LineReaderImpl) reader;
    try {
      impl.setPrompt(prompt);
      impl.callWidget(LineReader.REDRAW_LINE);
      impl.callWidget(LineReader.REDISPLAY);
      shownPrompt = prompt;
    } catch (IllegalStateException e) {
      // readLine returned between the check and the redraw; the next readLine shows the new
      // prompt anyway, and forgetting the shown one makes the next tick try again.
      shownPrompt = "";
    }
  }

  private void complete(LineReader lineReader, ParsedLine line, List<Candidate> candidates) {
    if (client == null) {
      return;
    }
    for (String word : client.complete(line.words(), line.wordIndex())) {
      candidates.add(new Candidate(word));
    }
  }

  @Override
  public void print(String text) {
    terminal.writer().print(text.endsWith("\n") ? text : text + "\n");
    terminal.writer().flush();
  }

  @Override
  public void printAbove(String text) {
    reader.printAbove(text.stripTrailing());
    refreshPrompt();
  }

  @Override
  public void warn(String text) {
    reader.printAbove(style.red(text.stripTrailing()));
  }
}
