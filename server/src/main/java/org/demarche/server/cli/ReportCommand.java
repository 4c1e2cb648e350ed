package org.demarche.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.demarche.review.AfterActionReview;
import org.demarche.review.Audience;
import org.demarche.review.GameRecord;
import org.demarche.review.ReviewFormat;
import org.demarche.store.JournalException;
import org.demarche.store.StoredRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report GAME}: the after-action review of a game, read from its journal. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the after-action review of a game.",
      "It reads the game's journal in the data folder, active or archived; the server need not "
          + "run. A fork's review shows its parent's beside it when the parent's journal is "
          + "there. Exit code: 0 when written, 1 when the game cannot be read."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME", description = "The game's id, e.g. g3.")
  private String gameId;

  @Option(names = "--data", defaultValue = "data", paramLabel = "FOLDER",
      description = "The server's data folder (default ${DEFAULT-VALUE}).")
  private Path data;

  @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
      description = "html, md, csv or json (default ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--team", paramLabel = "TEAM",
      description = "Only what this team may see, as its players get it (default: everything).")
  private String team;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write it (default: standard output).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    ReviewFormat chosen;
    try {
      chosen = ReviewFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    GameRecord record;
    try {
      record = StoredRecords.read(data, gameId);
    } catch (JournalException e) {
      err.println("cannot read game " + gameId + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    Audience audience = team == null ? Audience.everyone() : Audience.team(team);
    if (team != null && record.scenario().teamIndex(team) < 0) {
      throw new ParameterException(spec.commandLine(), "--team: game " + gameId
          + " has no team '" + team + "'");
    }
    AfterActionReview review = AfterActionReview.of(record, audience);
    if (record.branch().isFork()) {
      review = besideParent(review, record.branch().parentGameId(), audience, err);
    }
    String document = chosen.render(review);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(document);
      stdout.flush();
    } else {
      Files.writeString(out, document, StandardCharsets.UTF_8);
      err.println("wrote the review of " + gameId + " to " + out);
      err.flush();
    }
    return 0;
  }

  private AfterActionReview besideParent(AfterActionReview review, String parentId,
      Audience audience, PrintWriter err) throws IOException {
    try {
      return review.beside(AfterActionReview.of(StoredRecords.read(data, parentId), audience));
    } catch (JournalException e) {
      err.println("the parent game " + parentId + " cannot be read (" + e.getMessage()
          + "); the review shows the fork alone");
      return review;
    }
  }
}
