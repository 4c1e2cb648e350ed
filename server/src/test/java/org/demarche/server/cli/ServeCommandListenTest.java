package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.demarche.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} when it cannot listen: one line saying why, with the hint that fits. */
class ServeCommandListenTest {
  @TempDir Path data;

  @Test
  void aPortInUseIsSaidOnceWithTheHintToTryPortZero() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String address = "127.0.0.1:" + taken.getLocalPort();
      CommandRun run = CommandRun.of("serve", "--bind", "127.0.0.1",
          "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString());
      assertEquals(1, run.exitCode(), run.all());
      assertEquals("cannot listen on " + address + ": Address already in use"
          + " (is another server running? try --port 0)", run.err().strip(),
          "one line, the address named once, with the hint");
      assertFalse(run.out().contains("listening on"), "nothing listens:\n" + run.all());
    }
  }

  @Test
  void anAddressNotOfThisMachinePointsAtBindAndNotAtPortZero() {
    // 192.0.2.1 is TEST-NET-1: documentation only, never a local interface
    CommandRun run = CommandRun.of("serve", "--bind", "192.0.2.1", "--port", "0",
        "--data", data.toString());
    assertEquals(1, run.exitCode(), run.all());
    String message = run.err().strip();
    assertFalse(message.contains("\n"), "one line:\n" + message);
    assertTrue(message.startsWith("cannot listen on 192.0.2.1:0: ")
        && message.indexOf("cannot listen") == message.lastIndexOf("cannot listen"),
        "the address is named once:\n" + message);
    assertTrue(message.contains("check --bind"), "the hint points at --bind:\n" + message);
    assertFalse(message.contains("--port 0"), "--port 0 was given already:\n" + message);
  }
}
