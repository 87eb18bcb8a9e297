package org.naba.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a response body into text. Arabic sites still serve windows-1256, often without saying so.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A byte-order mark decides (UTF-8, UTF-16BE, UTF-16LE).
 *   <li>Else the Content-Type header's charset; else the document's own: an XML declaration's
 *       encoding, or an HTML {@code <meta charset>} or {@code <meta http-equiv>} in its first 4 KB.
 *   <li>Else UTF-8.
 *   <li>Bytes that are not valid in the charset so found (a wrong declaration, say UTF-8 for
 *       windows-1256 bytes) are read again as UTF-8 when valid, else as windows-1256; the decoding
 *       says which charset it used and whether it differs from the declared one.
 *   <li>ISO-8859-1 and US-ASCII declarations are read as windows-1252, as browsers do.
 * </ol>
 */
final class TextDecoding {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final int SNIFF = 4096;
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Decoded text.
   *
   * @param charset the charset the text was read in
   * @param declared the charset the header or document named, or {@code null}
   * @param mismatch whether the bytes were not valid in the declared charset
   */
  record Decoded(String text, Charset charset, String declared, boolean mismatch) {}

  private TextDecoding() {}

  static Decoded decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          "BOM",
          false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          "BOM",
          false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          "BOM",
          false);
    }
    String declared = fromHeader(contentType).or(() -> fromDocument(bytes)).orElse(null);
    Charset first = declared == null ? StandardCharsets.UTF_8 : charset(declared);
    Optional<String> strict = strict(bytes, first);
    if (strict.isPresent()) {
      return new Decoded(strict.get(), first, declared, false);
    }
    if (!first.equals(StandardCharsets.UTF_8)) {
      Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return new Decoded(utf8.get(), StandardCharsets.UTF_8, declared, true);
      }
    }
    return new Decoded(new String(bytes, WINDOWS_1256), WINDOWS_1256, declared, true);
  }

  private static Optional<String> fromHeader(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> fromDocument(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return Optional.of(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
  }

  /** The charset named {@code name}; an unknown or Latin-1 name reads as windows-1252/UTF-8. */
  private static Charset charset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    if (n.equals("cp1256") || n.equals("win-1256") || n.equals("arabic")) {
      return WINDOWS_1256;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
