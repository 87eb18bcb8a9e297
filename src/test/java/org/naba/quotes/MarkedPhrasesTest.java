package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The marked names of a speaker phrase ({@link MarkedPhrases}). */
class MarkedPhrasesTest {

  private static final String BODY =
      "وقال صاحب الناقة \"نواف العتيبي\" إن الجائزة كبيرة، وقال متحدث باسم \"المارينز\" إن …";

  private final List<Token> tokens = Token.split(BODY, 0, BODY.length());
  private final MarkedPhrases marked = new MarkedPhrases(tokens);

  private int indexOf(String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text(BODY).equals(text)) {
        return i;
      }
    }
    throw new AssertionError(text);
  }

  private String text(Subject s) {
    return BODY.substring(tokens.get(s.nameFrom()).start(), tokens.get(s.nameTo() - 1).end());
  }

  @Test
  void aMarkedNameOfOneToThreeWordsOpeningAtAMarkIsAName() {
    int mark = indexOf("نواف") - 1;
    assertEquals("نواف العتيبي", text(marked.at(mark, tokens.size())));
    assertNull(marked.at(indexOf("نواف"), tokens.size()));
  }

  @Test
  void aMarkedNameAfterAConnectorContinuesTheRole() {
    int mark = indexOf("المارينز") - 1;
    assertEquals(mark + 3, marked.afterConnector(mark, tokens.size(), false));
    assertEquals(
        indexOf("نواف") - 1, marked.afterConnector(indexOf("نواف") - 1, tokens.size(), false));
  }

  @Test
  void theMarkedNameBeforeAPronounIsItsAntecedent() {
    String body = "الأميركي المسلم \"مالكوم إكس\" الذي قال";
    List<Token> ts = Token.split(body, 0, body.length());
    Subject s = new MarkedPhrases(ts).before(6); // the pronoun الذي
    assertEquals(
        "مالكوم إكس", body.substring(ts.get(s.nameFrom()).start(), ts.get(s.nameTo() - 1).end()));
  }
}
