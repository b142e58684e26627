package io.integra.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that talks to one real server over a fresh SQLite workspace ({@link TestServer}),
 * started before the class's first test and stopped after its last.
 */
abstract class ServerTest {
  static TestServer ts;
  static Http http;

  @BeforeAll static void startServer() {
    ts = TestServer.start();
    http = new Http(ts);
  }

  @AfterAll static void stopServer() { ts.close(); }
}
