package io.qml4j.samples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kept-alive connection is either kept or closed with {@code Connection: close} on its last
 * answer; never closed silently. A client cannot tell a silently closed connection from a live
 * one until it sends its next request on it, which is then lost (a client does not resend a
 * POST). The JDK's HttpServer did that to every connection beyond the 200 it keeps idle
 * ({@code sun.net.httpserver.maxIdleConnections}): this test, on plain sockets so that no
 * client library's own behaviour is in the way, failed on it (issue 17).
 */
class KeepAliveTest {
  /** More idle connections than the JDK's HttpServer keeps by default. */
  private static final int CONNECTIONS = 250;
  private static final String BODY = "{\"instances\":[[0.1,0.2,0.3,0.4]]}";

  @Test
  void everyConnectionLeftOpenAnswersItsNextRequest() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try (PredictionService service = PredictionService.start(
        CompiledClassifiers.seeded("ClassifierModel", 1), PredictionServiceTest.LOOPBACK,
        ServiceLimits.defaults())) {
      List<Socket> keptOpen = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        Socket socket = PlainHttp.connect(service.port());
        sockets.add(socket);
        PlainHttp.Answer first = PlainHttp.predict(socket, BODY);
        assertEquals(200, first.status(), "connection " + c + ": " + first.head());
        if (!first.closes()) {
          keptOpen.add(socket);
        }
      }
      // Every connection is now idle at once; each one not announced closed must still serve.
      for (int c = 0; c < keptOpen.size(); c++) {
        PlainHttp.Answer second = PlainHttp.predict(keptOpen.get(c), BODY);
        assertEquals(200, second.status(), "kept-alive connection " + c + " of " + keptOpen.size()
            + " answered its second request with " + second.head());
      }
      assertTrue(keptOpen.size() > CONNECTIONS / 2,
          "most connections are kept alive: " + keptOpen.size() + " of " + CONNECTIONS);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
