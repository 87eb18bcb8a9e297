package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naba.quotes.Subject.Type;

class SubjectTest {

  @Test
  void aPronounAndAStatementNounReferBack() {
    assertTrue(Type.ANAPHOR.refersBack());
    assertTrue(Type.STATEMENT.refersBack());
  }

  @Test
  void aNameAndARoleReferToSomeoneThemselves() {
    assertFalse(Type.NAMED.refersBack());
    assertFalse(Type.ROLE_ONLY.refersBack());
  }

  @Test
  void aStatementNounIsReadAsAStatement() {
    String body = "وأضاف البيان أن الوزارة ستتابع القضية.";
    ArticleTokens text = new ArticleTokens(body, Token.split(body, 0, body.length()));
    assertTrue(
        new SpeakerPhrases(text).subjectAfter(1, text.tokens().size(), false).type()
            == Type.STATEMENT);
  }
}
