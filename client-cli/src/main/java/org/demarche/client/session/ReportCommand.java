package org.demarche.client.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.client.net.RequestFailed;
import org.demarche.client.session.CommandSpec.ArgKind;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.GetReport;
import org.demarche.proto.v1.ReportDocument;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;

/**
 * The {@code report} command of every role: asks the server for the after-action review in a
 * format, then saves it to a file (HTML, or any format with {@code --out}) or prints it (Markdown,
 * CSV, JSON). Players and observers get their own game's review; the instructor the current
 * game's.
 *
 * <p>Handlers run on the command thread.
 */
final class ReportCommand {
  /** The formats the server renders, the first one the default. */
  static final List<String> FORMATS = List.of("html", "md", "csv", "json");

  static final String USAGE = "report [--format html|md|csv|json] [--out FILE]";

  /** What {@code report}'s words ask for: a format, and a file to save to or null. */
  record Options(String format, String out) {
    /**
     * Parses the words after {@code report}.
     *
     * @throws UsageError for an unknown flag, a flag without its value or given twice, or a
     *     format the server does not render
     */
    static Options parse(List<String> args) throws UsageError {
      String format = null;
      String out = null;
      for (int i = 0; i < args.size(); i += 2) {
        String flag = args.get(i);
        if (!"--format".equals(flag) && !"--out".equals(flag)) {
          throw new UsageError("unknown option " + flag + "; usage: " + USAGE);
        }
        if (i + 1 >= args.size()) {
          throw new UsageError(flag + " needs a value; usage: " + USAGE);
        }
        if ("--format".equals(flag) ? format != null : out != null) {
          throw new UsageError(flag + " is given twice; usage: " + USAGE);
        }
        String value = args.get(i + 1);
        if ("--out".equals(flag)) {
          out = value;
        } else if (FORMATS.contains(value.toLowerCase(Locale.ROOT))) {
          format = value.toLowerCase(Locale.ROOT);
        } else {
          throw new UsageError("--format is html, md, csv or json, not '" + value + "'; usage: "
              + USAGE);
        }
      }
      return new Options(format == null ? FORMATS.get(0) : format, out);
    }
  }

  private final Client client;

  private ReportCommand(Client client) {
    this.client = client;
  }

  static void register(Client client, CommandCatalog catalog) {
    ReportCommand c = new ReportCommand(client);
    List<ArgKind> kinds = List.of(ArgKind.REPORT_OPTION, ArgKind.REPORT_OPTION,
        ArgKind.REPORT_OPTION, ArgKind.REPORT_OPTION);
    catalog.add(CommandSpec.of(USAGE, "the after-action review (players: once the game has "
        + "ended); html is saved to a file",
        Set.of(Role.PLAYER, Role.OBSERVER), 0, 4, kinds, c::report));
    catalog.add(CommandSpec.of(USAGE, "the current game's after-action review; html is saved "
        + "to a file", Set.of(Role.INSTRUCTOR), 0, 4, kinds, c::report));
  }

  private Outcome report(ParsedLine line) throws RequestFailed, IOException, UsageError {
    Options options = Options.parse(line.args());
    boolean instructor = client.state().role() == Role.INSTRUCTOR;
    String game = instructor ? InstructorCommands.currentGame(client) : "";
    Path out = options.out() == null ? null : client.workDir().resolve(options.out());
    if (out != null) {
      // Say it before asking: the server's work would be lost on a mistyped folder.
      checkFolder(out);
    }
    ServerMessage reply = client.call(ClientMessage.newBuilder().setGetReport(
        GetReport.newBuilder().setGameId(game).setFormat(options.format())));
    ReportDocument document = reply.getReport();
    String format = document.getFormat().isEmpty() ? options.format() : document.getFormat();
    if (out == null && !client.json() && "html".equals(format)) {
      // HTML on a terminal is useless: save it under the server's name, here. (With --json the
      // reply carries the content; bots get a file only when they ask for one.)
      String fallback = (instructor ? game : client.state().session().getGameId()) + "-review.html";
      out = client.workDir().resolve(fileName(document.getFileName(), fallback));
    }
    if (out == null || client.json()) {
      client.show(reply, document::getContent);
    }
    if (out != null) {
      save(out, document.getContent());
    }
    return Outcome.OK;
  }

  /** Writes the document as UTF-8 and says where, with its size. */
  private void save(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    checkFolder(file);
    try {
      Files.write(file, bytes);
    } catch (AccessDeniedException e) {
      throw new IOException("cannot write " + file + ": permission denied", e);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + file + ": "
          + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()), e);
    }
    client.note("saved the after-action review to " + file + " (" + bytes.length + " bytes)\n");
  }

  private static void checkFolder(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException("cannot save the after-action review to " + file + ": the folder "
          + folder + " does not exist");
    }
  }

  /**
   * The last part of the server's suggested name, so a name like {@code ../x} or {@code /etc/x}
   * cannot write outside the current folder; the fallback when nothing usable is left.
   */
  static String fileName(String suggested, String fallback) {
    String last = suggested.substring(
        Math.max(suggested.lastIndexOf('/'), suggested.lastIndexOf('\\')) + 1).strip();
    boolean usable = !last.isEmpty() && !".".equals(last) && !"..".equals(last)
        && last.indexOf('\0') < 0 && last.indexOf(':') < 0;
    return usable ? last : fallback;
  }
}
