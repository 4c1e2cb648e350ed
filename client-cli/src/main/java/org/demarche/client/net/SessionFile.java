package org.demarche.client.net;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.demarche.proto.v1.GameSession;

/**
 * The file that keeps a session's resume token between runs of the client, as the JSON of the
 * {@code GameSession} the server sent; readable by its owner only, since the token is the
 * identity.
 *
 * <p>Any thread, but not concurrently for one file.
 */
public final class SessionFile {
  private final Path path;

  public SessionFile(Path path) {
    this.path = path;
  }

  /**
   * The default file for a session: {@code ~/.demarche/session-HOST-PORT-CODE-NAME.json}, so two
   * people (or two games) on one account do not take each other's identity.
   */
  public static SessionFile standard(Path home, ServerAddress server, String code, String name) {
    String key = String.join("-", server.host(), String.valueOf(server.port()), code, name)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9.-]+", "_");
    return new SessionFile(home.resolve(".demarche").resolve("session-" + key + ".json"));
  }

  /** Where the file is. */
  public Path path() {
    return path;
  }

  /**
   * The stored session, or empty when there is none or it cannot be read: a broken file only
   * costs a fresh join, so it is not an error.
   */
  public Optional<GameSession> load() {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      GameSession.Builder session = GameSession.newBuilder();
      JsonFormat.parser().ignoringUnknownFields()
          .merge(Files.readString(path, StandardCharsets.UTF_8), session);
      return session.getResumeToken().isEmpty() ? Optional.empty() : Optional.of(session.build());
    } catch (IOException e) {
      // InvalidProtocolBufferException is an IOException: an unreadable file means a fresh join.
      return Optional.empty();
    }
  }

  /** Writes the session atomically, owner-only where the file system has POSIX permissions. */
  public void save(GameSession session) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    Files.writeString(temporary, json(session) + "\n", StandardCharsets.UTF_8);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    }
    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String json(GameSession session) {
    try {
      return JsonFormat.printer().preservingProtoFieldNames().print(session);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError("a GameSession always prints as JSON; this is a bug", e);
    }
  }
}
