package org.demarche.store;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.JournalEntry;
import org.demarche.proto.v1.GameOpened;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.Problem;
import org.demarche.scenario.ScenarioLoader;

/** Reads a journal file back into domain entries, checking everything it can on the way. */
public final class JournalReader {
  private static final System.Logger LOG = System.getLogger(JournalReader.class.getName());

  private JournalReader() {}

  /**
   * A journal as read.
   *
   * @param scenario compiled from the journal's copy of the scenario file
   * @param entries every entry after the opening
   */
  public record Read(
      JournalEntry.Opened opened, Scenario scenario, String scenarioSource,
      List<JournalEntry> entries) {}

  /**
   * Reads {@code file}.
   *
   * @param repair whether to cut a torn tail off the file (recovery does; reports only read)
   * @throws JournalException when the journal cannot be used; the message says why
   */
  static Read read(Path file, boolean repair) throws IOException, JournalException {
    JournalFile.Contents contents = JournalFile.read(file);
    if (contents.damagedMiddle()) {
      throw new JournalException("the journal is damaged in the middle (" + contents.tail()
          + ") and whole records follow; it was left as it is for inspection");
    }
    if (contents.entries().isEmpty()) {
      // Not even the opening is whole: there is nothing to keep, so nothing is cut either.
      throw new JournalException("the journal's first record is damaged (" + contents.tail()
          + "); it was left as it is for inspection");
    }
    if (!contents.tail().isEmpty()) {
      LOG.log(Level.WARNING, file + " ends with " + contents.tail() + " (the server stopped"
          + " mid-write); " + (repair ? "cut back" : "read up") + " to the last whole record");
      if (repair) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(contents.wholeLength());
          channel.force(true);
        }
      }
    }
    List<org.demarche.proto.v1.JournalEntry> raw = new ArrayList<>();
    for (byte[] bytes : contents.entries()) {
      try {
        raw.add(org.demarche.proto.v1.JournalEntry.parseFrom(bytes));
      } catch (InvalidProtocolBufferException e) {
        throw new JournalException("entry " + (raw.size() + 1) + " does not parse");
      }
      long expected = raw.size();
      if (raw.get(raw.size() - 1).getSequence() != expected) {
        throw new JournalException("entry " + expected + " carries sequence number "
            + raw.get(raw.size() - 1).getSequence() + "; entries are missing or repeated");
      }
    }
    if (raw.isEmpty() || !raw.get(0).hasOpened()) {
      throw new JournalException("the journal does not start with the game's opening");
    }
    GameOpened opened = raw.get(0).getOpened();
    if (opened.getFormatVersion() != JournalCodec.FORMAT_VERSION) {
      throw new JournalException("journal format " + opened.getFormatVersion()
          + "; this server reads format " + JournalCodec.FORMAT_VERSION);
    }
    String source = opened.getScenarioJson();
    if (!FileGameStore.sha256(source).equals(opened.getScenarioSha256())) {
      throw new JournalException("the copy of the scenario does not match its hash");
    }
    LoadResult loaded = ScenarioLoader.load(source, opened.getScenarioId() + " (journal copy)");
    if (!loaded.valid()) {
      List<String> errors = new ArrayList<>();
      for (Problem p : loaded.errors()) {
        errors.add(p.toString());
      }
      throw new JournalException("the journal's copy of scenario '" + opened.getScenarioId()
          + "' no longer loads: " + String.join("; ", errors));
    }
    Scenario scenario = loaded.scenario();
    List<JournalEntry> entries = new ArrayList<>();
    for (int i = 1; i < raw.size(); i++) {
      entries.add(JournalCodec.decode(raw.get(i), opened.getGameId(), scenario));
    }
    return new Read(JournalCodec.opened(raw.get(0), scenario), scenario, source, entries);
  }
}
