package org.naba.quotes;

import java.util.List;
import org.naba.quotes.Subject.Type;

/**
 * Names that an article sets in quotation marks inside a speaker phrase: a marked name of one to
 * three words is a name ("نواف العتيبي"، متحدث باسم "المارينز"، "مالكوم إكس" الذي قال). A pure
 * function of the article's tokens.
 */
final class MarkedPhrases {

  private final List<Token> tokens;

  MarkedPhrases(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** A marked name of at most three words opening at {@code k} ("نواف العتيبي"), or null. */
  Subject at(int k, int to) {
    if (k >= to || !tokens.get(k).isQuoteMark()) {
      return null;
    }
    for (int e = k + 1; e < to && e <= k + 4; e++) {
      if (tokens.get(e).isQuoteMark()) {
        return e > k + 1 ? new Subject(Type.NAMED, k + 1, e, null, null) : null;
      }
      if (!tokens.get(e).word()) {
        return null;
      }
    }
    return null;
  }

  /**
   * After a connector (متحدث باسم "المارينز"), the index just past a marked name of at most three
   * words that opens at {@code j}; otherwise {@code j}.
   */
  int afterConnector(int j, int limit, boolean openChain) {
    if (j == 0
        || j >= limit
        || !tokens.get(j).isQuoteMark()
        || !openChain && !SpeakerWords.CONNECTORS.contains(tokens.get(j - 1).norm())) {
      return j;
    }
    for (int k = j + 1; k < limit && k <= j + 4; k++) {
      if (tokens.get(k).isQuoteMark()) {
        return k > j + 1 ? k + 1 : j;
      }
      if (!tokens.get(k).word()) {
        return j;
      }
    }
    return j;
  }

  /**
   * The marked name right before a relative pronoun at {@code i} (الأميركي المسلم "مالكوم إكس" الذي
   * قال), or null.
   */
  Subject before(int i) {
    if (i < 3 || !tokens.get(i - 1).isQuoteMark()) {
      return null;
    }
    for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
      Token t = tokens.get(k);
      if (t.isQuoteMark()) {
        return k < i - 2 ? new Subject(Type.NAMED, k + 1, i - 1, null, null) : null;
      }
      if (!t.word()) {
        return null;
      }
    }
    return null;
  }
}
