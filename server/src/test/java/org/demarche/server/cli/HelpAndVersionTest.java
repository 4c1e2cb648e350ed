package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.testing.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version}, at the top level and on every subcommand. */
class HelpAndVersionTest {
  private static final List<String> COMMANDS = List.of("serve", "validate", "simulate", "report");
  /** The longest line picocli writes at its default width of 80 (it keeps the last column). */
  private static final int WIDTH = 79;

  @Test
  void theCommandListDescribesEachCommandWithAWholeSentence() {
    Map<String, String> listed = commandList(CommandRun.of("--help").out());
    assertEquals(COMMANDS, List.copyOf(listed.keySet()).subList(0, COMMANDS.size()),
        "every command is listed:\n" + listed);
    for (String command : COMMANDS) {
      assertTrue(listed.get(command).endsWith("."),
          command + " is described by a sentence, not a cut line: " + listed.get(command));
    }
  }

  @Test
  void eachCommandsDescriptionBreaksOnlyAtTheEndOfASentenceOrOfTheWidth() {
    for (String command : COMMANDS) {
      List<String> lines = descriptionLines(CommandRun.of(command, "--help").out());
      assertTrue(lines.size() >= 2, command + " has a description:\n" + lines);
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String nextWord = lines.get(i + 1).split(" ")[0];
        assertTrue(line.endsWith(".") || line.length() + 1 + nextWord.length() > WIDTH,
            command + " --help breaks a line early, before '" + nextWord + "':\n"
                + String.join("\n", lines));
      }
    }
  }

  @Test
  void everySubcommandPrintsTheTopLevelVersion() {
    String version = CommandRun.of("--version").out();
    assertEquals("demarche-server 0.1.0", version.strip(), "the top level prints the version");
    for (String command : COMMANDS) {
      for (String flag : List.of("-V", "--version")) {
        CommandRun run = CommandRun.of(command, flag);
        assertEquals(0, run.exitCode(), command + " " + flag + " succeeds:\n" + run.all());
        assertEquals(version, run.out(), command + " " + flag + " prints the same version");
      }
    }
  }

  /** The "Commands:" section: each command's description, its wrapped lines joined. */
  private static Map<String, String> commandList(String help) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    String current = null;
    boolean inList = false;
    for (String line : help.lines().toList()) {
      if (line.equals("Commands:")) {
        inList = true;
      } else if (inList && line.startsWith("  ") && !line.startsWith("   ")) {
        String[] nameAndText = line.strip().split("\\s+", 2);
        current = nameAndText[0];
        descriptions.put(current, nameAndText[1]);
      } else if (inList && current != null) {
        descriptions.put(current, descriptions.get(current) + " " + line.strip());
      }
    }
    return descriptions;
  }

  /** The lines between the usage synopsis and the first option or parameter. */
  private static List<String> descriptionLines(String help) {
    List<String> description = new ArrayList<>();
    for (String line : help.lines().skip(1).toList()) {
      boolean indented = line.startsWith(" ");
      if (!indented) {
        description.add(line);
      } else if (!description.isEmpty()) {
        break;
      }
    }
    return description;
  }
}
