package org.naba.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the bytes go wrong. */
final class Utf8 {

  private static final byte NUL = 0;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Why bytes are not text. */
  static final class NotText extends Exception {
    private static final long serialVersionUID = 1L;

    NotText(String message) {
      super(message);
    }
  }

  private Utf8() {}

  /** The index of the first NUL byte in {@code bytes[offset, offset + length)}, or -1. */
  static int indexOfNul(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == NUL) {
        return i - offset;
      }
    }
    return -1;
  }

  /** Whether {@code bytes} start with a UTF-8 byte order mark. */
  static boolean startsWithBom(byte[] bytes, int offset, int length) {
    return length >= BOM.length
        && bytes[offset] == BOM[0]
        && bytes[offset + 1] == BOM[1]
        && bytes[offset + 2] == BOM[2];
  }

  static int bomLength() {
    return BOM.length;
  }

  /**
   * Decodes {@code bytes[offset, offset + length)} strictly.
   *
   * @throws NotText naming the byte offset of a NUL byte (binary data) or of malformed UTF-8
   */
  static String decode(byte[] bytes, int offset, int length) throws NotText {
    int nul = indexOfNul(bytes, offset, length);
    if (nul >= 0) {
      throw new NotText("binary data (NUL byte at byte " + nul + ")");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotText("not valid UTF-8 (at byte " + (in.position() - offset) + ")");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new NotText("not valid UTF-8 (at byte " + (in.position() - offset) + ")");
    }
    out.flip();
    return out.toString();
  }
}
