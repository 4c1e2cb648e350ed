package org.demarche.review;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A headless Chromium for tests, spoken to over the DevTools protocol with the JDK's WebSocket:
 * started on a free port with a fresh profile, one page attached, every event kept. Every wait has
 * a deadline; {@link #close} kills the browser and its helper processes.
 */
final class DevTools implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(15);

  private final Process browser;
  private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
  private final List<JsonObject> events = new ArrayList<>();
  private WebSocket socket;
  private String session;
  private int lastId;

  private DevTools(Process browser) {
    this.browser = browser;
  }

  /** Starts the browser with a profile in {@code dir} and attaches to a blank page. */
  static DevTools start(Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    DevTools devTools = new DevTools(process);
    try {
      devTools.connect(address(process, profile, dir.resolve("chromium.log")));
      JsonObject target = devTools.call("Target.createTarget", params("url", "about:blank"));
      JsonObject attach = new JsonObject();
      attach.addProperty("targetId", target.get("targetId").getAsString());
      attach.addProperty("flatten", true);
      devTools.session = devTools.call("Target.attachToTarget", attach)
          .get("sessionId").getAsString();
      return devTools;
    } catch (IOException | InterruptedException | RuntimeException e) {
      devTools.close();
      throw e;
    }
  }

  /** The browser writes its port and path to DevToolsActivePort once it listens. */
  private static URI address(Process process, Path profile, Path log)
      throws IOException, InterruptedException {
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(active)) {
        List<String> lines = Files.readAllLines(active);
        if (lines.size() >= 2) {
          return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("chromium exited with " + process.exitValue() + ": "
            + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("chromium did not listen within " + START);
  }

  private void connect(URI address) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(REPLY)
        .buildAsync(address, new Collector()).orTimeout(REPLY.toSeconds(), TimeUnit.SECONDS)
        .join();
  }

  /** Sends a command to the page (to the browser until one is attached) and awaits its result. */
  JsonObject call(String method, JsonObject params) throws InterruptedException {
    int id = ++lastId;
    JsonObject message = new JsonObject();
    message.addProperty("id", id);
    message.addProperty("method", method);
    message.add("params", params);
    if (session != null) {
      message.addProperty("sessionId", session);
    }
    socket.sendText(message.toString(), true).orTimeout(REPLY.toSeconds(), TimeUnit.SECONDS)
        .join();
    JsonObject reply = await(m -> m.has("id") && m.get("id").getAsInt() == id, method);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.getAsJsonObject("result");
  }

  /** Waits for an event of the page, e.g. {@code Page.loadEventFired}. */
  JsonObject awaitEvent(String method) throws InterruptedException {
    return await(m -> method.equals(optional(m, "method")), method);
  }

  /** Every event received so far, in order. */
  List<JsonObject> events() {
    return List.copyOf(events);
  }

  static JsonObject params(String name, Object value) {
    JsonObject params = new JsonObject();
    if (value instanceof Boolean b) {
      params.addProperty(name, b);
    } else {
      params.addProperty(name, value.toString());
    }
    return params;
  }

  private JsonObject await(Predicate<JsonObject> wanted, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + REPLY.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonObject message = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
      if (message == null) {
        throw new IllegalStateException("no " + what + " from chromium within " + REPLY);
      }
      if (message.has("method")) {
        events.add(message);
      }
      if (wanted.test(message)) {
        return message;
      }
    }
  }

  private static String optional(JsonObject message, String field) {
    return message.has(field) ? message.get(field).getAsString() : "";
  }

  /**
   * Asks the browser to quit, so that it removes its profile's lock links (which a temporary
   * directory's cleanup would warn about), then kills whatever is left.
   */
  @Override
  public void close() {
    try {
      if (socket != null) {
        socket.sendText("{\"id\":" + (++lastId) + ",\"method\":\"Browser.close\"}", true)
            .orTimeout(REPLY.toSeconds(), TimeUnit.SECONDS).join();
        browser.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The browser is killed below either way; the test's own failure, if any, says why.
      System.err.println("chromium did not take Browser.close: " + e);
    } finally {
      if (socket != null) {
        socket.abort();
      }
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly();
    }
  }

  /** Joins the fragments of each text message and queues it as JSON. */
  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        inbox.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
