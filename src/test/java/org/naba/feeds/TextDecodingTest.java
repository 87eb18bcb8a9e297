package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final String ARABIC = "قال المتحدث باسم الحكومة";

  @Test
  void theHeaderCharsetDecides() {
    byte[] bytes = ("<p>" + ARABIC + "</p>").getBytes(TextDecoding.WINDOWS_1256);
    TextDecoding.Decoded d = TextDecoding.decode(bytes, "text/html; charset=windows-1256");
    assertEquals("<p>" + ARABIC + "</p>", d.text());
    assertFalse(d.mismatch());
  }

  @Test
  void aMetaCharsetDecidesWhenTheHeaderSaysNothing() {
    String html =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">" + ARABIC;
    assertEquals(
        html, TextDecoding.decode(html.getBytes(TextDecoding.WINDOWS_1256), "text/html").text());
  }

  @Test
  void anXmlDeclarationDecides() {
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><t>" + ARABIC + "</t>";
    assertEquals(xml, TextDecoding.decode(xml.getBytes(TextDecoding.WINDOWS_1256), null).text());
  }

  @Test
  void aByteOrderMarkWinsOverAWrongHeader() {
    byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(ARABIC, TextDecoding.decode(withBom, "text/html; charset=windows-1256").text());
  }

  @Test
  void windows1256BytesDeclaredUtf8AreReadAsWindows1256AndSaidToMismatch() {
    TextDecoding.Decoded d =
        TextDecoding.decode(ARABIC.getBytes(TextDecoding.WINDOWS_1256), "text/html; charset=utf-8");
    assertEquals(ARABIC, d.text());
    assertTrue(d.mismatch());
  }

  @Test
  void undeclaredWindows1256IsRecognised() {
    assertEquals(
        ARABIC, TextDecoding.decode(ARABIC.getBytes(TextDecoding.WINDOWS_1256), null).text());
  }
}
