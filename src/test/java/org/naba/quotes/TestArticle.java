package org.naba.quotes;

import java.util.List;
import org.naba.text.ArabicNormalizer;

/**
 * One article read as {@link SpeakerResolver} reads it, no quote taken out: the readers its tests
 * call directly.
 */
final class TestArticle {

  final String body;
  final ArticleTokens text;
  final List<Token> tokens;
  final SpeakerPhrases phrases;
  final SpeakerMentions mentions;
  final SubjectReader subjects;

  TestArticle(String body) {
    this.body = body;
    this.text = new ArticleTokens(body, Token.split(body, 0, body.length()));
    this.tokens = text.tokens();
    this.phrases = new SpeakerPhrases(text);
    this.mentions = new SpeakerMentions(text, phrases);
    this.subjects = new SubjectReader(text, phrases, mentions);
  }

  /** The index of the first token that is {@code word}, normalised. */
  int indexOf(String word) {
    return indexOf(word, 0);
  }

  /** The index of the first token from {@code from} that is {@code word}, normalised. */
  int indexOf(String word, int from) {
    String norm = ArabicNormalizer.normalize(word);
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).is(norm)) {
        return i;
      }
    }
    throw new AssertionError("no " + word + " in " + body);
  }

  /** The name of {@code s} as the body writes it. */
  String name(Subject s) {
    return phrases.nameText(s);
  }
}
