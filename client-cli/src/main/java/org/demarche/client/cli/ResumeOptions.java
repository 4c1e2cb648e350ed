package org.demarche.client.cli;

import java.nio.file.Path;
import org.demarche.client.net.ServerAddress;
import org.demarche.client.net.SessionFile;
import picocli.CommandLine.Option;

/**
 * Where a player or observer keeps its resume token, so that a dropped or restarted client takes
 * its identity back.
 *
 * <p>Filled by picocli on the main thread; read-only afterwards.
 */
public final class ResumeOptions {
  @Option(names = "--session", paramLabel = "FILE",
      description = "Where to keep the resume token "
          + "(default: ~/.demarche/session-HOST-PORT-CODE-NAME.json).")
  Path session;

  /** The token file: {@code --session}, or one per server, code and name. */
  SessionFile file(Launch launch, ServerAddress address, String code, String name) {
    return session != null
        ? new SessionFile(session)
        : SessionFile.standard(launch.home(), address, code, name);
  }
}
