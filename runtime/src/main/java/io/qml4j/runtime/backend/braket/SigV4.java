package io.qml4j.runtime.backend.braket;

import io.qml4j.runtime.backend.remote.Secret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests with the whole payload in one piece (AWS General
 * Reference, "Create a signed AWS API request"; Amazon S3 API Reference, "Signature Calculations
 * for the Authorization Header: Transferring Payload in a Single Chunk"): a canonical request
 * (method, canonical URI, sorted query, lower-case sorted headers, the signed header list and the
 * payload's SHA-256), the string to sign over the credential scope
 * {@code date/region/service/aws4_request}, and an HMAC-SHA256 key derived from the secret key
 * through the date, region and service. Every service but S3 encodes each path segment twice.
 */
final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Secret accessKey;
  private final Secret secretKey;
  private final Secret sessionToken;
  private final String region;

  SigV4(Secret accessKey, Secret secretKey, Secret sessionToken, String region) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.sessionToken = sessionToken;
    this.region = region;
  }

  /**
   * A signed request.
   *
   * @param method GET, POST or PUT
   * @param uri the full URI (path already percent-encoded as it is sent)
   * @param body the payload (empty for none)
   * @param service {@code braket} or {@code s3}
   * @param now the signing time
   * @return the request builder with {@code x-amz-date}, {@code x-amz-content-sha256},
   *     the session token if any, and {@code Authorization}
   */
  HttpRequest.Builder sign(String method, URI uri, byte[] body, String service, Instant now) {
    String payloadHash = hex(sha256(body));
    String date = STAMP.format(now);
    SortedMap<String, String> headers = new TreeMap<>();
    headers.put("host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
    headers.put("x-amz-date", date);
    headers.put("x-amz-content-sha256", payloadHash);
    if (sessionToken != null) {
      headers.put("x-amz-security-token", sessionToken.reveal());
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String canonicalUri = service.equals("s3") ? path : encodeSegments(path);
    String authorization = authorization(method, canonicalUri, canonicalQuery(uri.getRawQuery()),
        headers, payloadHash, service, now);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (!h.getKey().equals("host")) { // the client sends Host itself, as signed
        b.header(h.getKey(), h.getValue());
      }
    }
    return b.header("Authorization", authorization);
  }

  /**
   * The Authorization header value.
   *
   * @param method the HTTP method
   * @param canonicalUri the canonical URI
   * @param canonicalQuery the canonical query string
   * @param headers lower-case header names and trimmed values to sign, sorted
   * @param payloadHash hex SHA-256 of the payload
   * @param service the service's signing name
   * @param now the time in {@code x-amz-date}
   * @return {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
   */
  String authorization(String method, String canonicalUri, String canonicalQuery,
      SortedMap<String, String> headers, String payloadHash, String service, Instant now) {
    String date = STAMP.format(now);
    String day = date.substring(0, 8);
    StringBuilder canonicalHeaders = new StringBuilder();
    for (Map.Entry<String, String> h : headers.entrySet()) {
      canonicalHeaders.append(h.getKey()).append(':')
          .append(h.getValue().strip().replaceAll(" +", " ")).append('\n');
    }
    String signedHeaders = String.join(";", headers.keySet());
    String canonicalRequest = method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n"
        + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String stringToSign = ALGORITHM + "\n" + date + "\n" + scope + "\n"
        + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secretKey.reveal()).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, stringToSign));
    return String.format(Locale.ROOT, "%s Credential=%s/%s, SignedHeaders=%s, Signature=%s",
        ALGORITHM, accessKey.reveal(), scope, signedHeaders, signature);
  }

  /** The query's parameters sorted by name, each name and value URI-encoded. */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    SortedMap<String, String> sorted = new TreeMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      sorted.put(encode(decode(name)), encode(decode(value)));
    }
    StringBuilder out = new StringBuilder();
    sorted.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=')
        .append(v));
    return out.toString();
  }

  /** Each segment of an already encoded path encoded once more, as SigV4 asks outside S3. */
  static String encodeSegments(String path) {
    String[] segments = path.split("/", -1);
    for (int k = 0; k < segments.length; k++) {
      segments[k] = encode(segments[k]);
    }
    return String.join("/", segments);
  }

  /** RFC 3986 encoding: unreserved characters as they are, every other byte as %XY. */
  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK cannot compute HMAC-SHA256", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
