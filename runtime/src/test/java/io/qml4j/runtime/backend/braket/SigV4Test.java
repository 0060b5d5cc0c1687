package io.qml4j.runtime.backend.braket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.backend.remote.Secret;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Signature Version 4 against AWS's published example, and the encodings it relies on. */
class SigV4Test {
  /**
   * The Amazon S3 API Reference's example "GET Object" (Signature Calculations for the
   * Authorization Header: Transferring Payload in a Single Chunk): its credentials, headers and
   * date give the signature printed there.
   */
  @Test
  void s3GetObjectExampleGivesThePublishedSignature() {
    SigV4 signer = new SigV4(Secret.of("AKIAIOSFODNN7EXAMPLE"),
        Secret.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), null, "us-east-1");
    SortedMap<String, String> headers = new TreeMap<>();
    headers.put("host", "examplebucket.s3.amazonaws.com");
    headers.put("range", "bytes=0-9");
    headers.put("x-amz-content-sha256",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    headers.put("x-amz-date", "20130524T000000Z");
    String authorization = signer.authorization("GET", "/test.txt", "", headers,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "s3",
        Instant.parse("2013-05-24T00:00:00Z"));
    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
        + "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
        authorization);
  }

  @Test
  void encodingFollowsRfc3986AndDoublesOutsideS3() {
    assertEquals("arn%3Aaws%3Abraket%3A%3A%3Adevice%2Fqpu", SigV4.encode("arn:aws:braket:::device/qpu"));
    assertEquals("a-b_c.d~e%20f", SigV4.encode("a-b_c.d~e f"));
    assertEquals("/quantum-task/arn%253Aaws", SigV4.encodeSegments("/quantum-task/arn%3Aaws"));
    assertEquals("a=1&b=x%2Fy&c=", SigV4.canonicalQuery("c=&b=x/y&a=1"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        SigV4.hex(SigV4.sha256(new byte[0])));
  }
}
