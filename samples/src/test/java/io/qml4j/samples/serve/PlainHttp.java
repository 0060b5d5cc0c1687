package io.qml4j.samples.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for tests that must see exactly what the server does: no client
 * library pools, reuses or resends connections and requests in between.
 */
final class PlainHttp {
  private PlainHttp() {}

  /** One answer: its status (-1 if the connection closed first), head and body. */
  record Answer(int status, String head, String body) {
    /** Whether the server said it closes the connection. */
    boolean closes() {
      return head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close");
    }

    /** The first value of a header, or null. */
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return line.substring(prefix.length()).trim();
        }
      }
      return null;
    }
  }

  /** A socket to the service on loopback, Nagle off, reads bounded by the tests' timeout. */
  static Socket connect(int port) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout((int) ServiceClient.TIMEOUT.toMillis());
    return socket;
  }

  /** {@code POST /predict} of {@code json} on a new connection, closed after the answer. */
  static Answer predict(int port, String json) throws IOException {
    try (Socket socket = connect(port)) {
      return predict(socket, json);
    }
  }

  /**
   * Sends one {@code POST /predict} on {@code socket} and reads its answer (status line,
   * headers, Content-Length body); a connection found closed is an answer with status -1.
   */
  static Answer predict(Socket socket, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /predict HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (SocketException e) {
      return new Answer(-1, "the connection was closed: " + e.getMessage(), "");
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return new Answer(-1, "the connection closed after " + head.size() + " bytes: '"
            + head.toString(StandardCharsets.US_ASCII) + "'", "");
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
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      return new Answer(-1, "the connection closed within the body of " + text, "");
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text,
        new String(body, StandardCharsets.UTF_8));
  }
}
