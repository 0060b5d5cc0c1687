package io.qml4j.samples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Socket socket = new Socket("127.0.0.1", service.port());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) ServiceClient.TIMEOUT.toMillis());
        sockets.add(socket);
        Answer first = exchange(socket);
        assertEquals(200, first.status, "connection " + c + ": " + first.head);
        if (!first.closes()) {
          keptOpen.add(socket);
        }
      }
      // Every connection is now idle at once; each one not announced closed must still serve.
      for (int c = 0; c < keptOpen.size(); c++) {
        Answer second = exchange(keptOpen.get(c));
        assertEquals(200, second.status, "kept-alive connection " + c + " of " + keptOpen.size()
            + " answered its second request with " + second.head);
      }
      assertTrue(keptOpen.size() > CONNECTIONS / 2,
          "most connections are kept alive: " + keptOpen.size() + " of " + CONNECTIONS);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  /** One answer: its status (-1 if the connection closed first), head and framing. */
  private record Answer(int status, String head) {
    boolean closes() {
      return head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close");
    }
  }

  /**
   * Sends one prediction and reads its answer (status line, headers, Content-Length body); a
   * connection found closed is an answer with status -1.
   */
  private static Answer exchange(Socket socket) throws IOException {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    try {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /predict HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (SocketException e) {
      return new Answer(-1, "the connection was closed: " + e.getMessage());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return new Answer(-1, "the connection closed after " + head.size() + " bytes: '"
            + head.toString(StandardCharsets.US_ASCII) + "'");
      }
      head.write(b);
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    if (in.readNBytes(length).length != length) {
      return new Answer(-1, "the connection closed within the body of " + text);
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text);
  }
}
