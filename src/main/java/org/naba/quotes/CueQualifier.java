package org.naba.quotes;

import java.util.List;
import org.naba.quotes.Subject.Type;

/**
 * Whether a speech cue of one article introduces what follows it: a strong cue always does, a weak
 * one (بين، ذكر، رأى …) only in the contexts below. A pure function of the article's tokens and
 * phrases.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A weak verb counts only when a complementizer or colon follows it closely, the quote itself
 *       does, or its named subject is followed only by a relative clause about it (ذكرت المعارِضة
 *       ميشيل ريمبل، التي تدافع عن … "…").
 *   <li>بين is a verb when it opens a sentence before an indefinite name (وبين لوك ارنال …); else a
 *       complementizer or colon must follow it within {@value #BAYNA_REACH} tokens.
 *   <li>A weak verb opening a relative clause (الأساليب التي أقرت تشمل "…") cites nobody unless a
 *       complementizer follows it closely (الذي نوه الى ان).
 *   <li>A weak verb is a speech event of the article when a complementizer, عن or a colon follows
 *       it before another cue.
 * </ul>
 */
final class CueQualifier {

  private static final int WEAK_CUE_REACH = 25;
  private static final int WEAK_CUE_NEAR = 6;
  private static final int INTRODUCER_REACH = 4;
  private static final int BAYNA_REACH = 6;
  private static final char COLON = ':';
  private static final String BAYNA = "بين";
  private static final String AN = "عن";

  private final ArticleTokens text;
  private final List<Token> tokens;
  private final SpeakerPhrases phrases;

  CueQualifier(ArticleTokens text, SpeakerPhrases phrases) {
    this.text = text;
    this.tokens = text.tokens();
    this.phrases = phrases;
  }

  /**
   * True when a complementizer or a colon follows the cue at {@code index} closely (within {@value
   * #INTRODUCER_REACH} tokens), before {@code to}: "الذي نوه الى ان".
   */
  boolean introduces(int index, int to) {
    for (int i = index + 1; i < to && i <= index + INTRODUCER_REACH; i++) {
      Token t = tokens.get(i);
      if (SpeechCues.isComplementizer(t.norm()) || !t.word() && t.norm().charAt(0) == COLON) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the verb at {@code index} opens a relative clause (التي أقرت، الذي يدافع) and no
   * marked name stands before the pronoun ("… "مالكوم إكس" الذي قال" names its speaker).
   */
  boolean inRelativeClause(int index) {
    if (index == 0 || !SpeakerWords.RELATIVE_PRONOUNS.contains(tokens.get(index - 1).norm())) {
      return false;
    }
    return phrases.marked().before(index - 1) == null;
  }

  /** True when {@code cue} at {@code index} introduces what comes before {@code limit}. */
  boolean qualifies(int index, int limit, SpeechCues.Cue cue) {
    if (!cue.weak()) {
      return true;
    }
    if (limit - index <= WEAK_CUE_NEAR) {
      return true;
    }
    boolean bayna = tokens.get(index).norm().endsWith(BAYNA);
    if (bayna && baynaIsAVerb(index)) {
      return true;
    }
    if (!bayna && subjectThenRelativeClause(index, limit)) {
      return true;
    }
    int reach = Math.min(limit, index + (bayna ? BAYNA_REACH : WEAK_CUE_REACH));
    for (int i = index + 1; i < reach; i++) {
      Token t = tokens.get(i);
      if (SpeechCues.isComplementizer(t.norm()) || !t.word() && t.norm().charAt(0) == COLON) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a named subject follows the verb and only a relative clause about it stands between
   * the subject and the quote ("ذكرت المعارِضة ميشيل ريمبل، التي تدافع عن قضية الإيزيديين "…""),
   * with no cue in it after its verb.
   */
  boolean subjectThenRelativeClause(int index, int limit) {
    Subject s = phrases.subjectAfter(index + 1, limit, false);
    if (s == null || s.type() != Type.NAMED) {
      return false;
    }
    int k = s.nameTo();
    if (k + 1 >= limit
        || !ArticleTokens.isComma(tokens.get(k))
        || !SpeakerWords.RELATIVE_PRONOUNS.contains(tokens.get(k + 1).norm())) {
      return false;
    }
    for (int i = k + 3; i < limit; i++) {
      // the relative clause's own verb (التي تدافع) may be any verb
      Token t = tokens.get(i);
      boolean cue =
          t.word()
              && (SpeechCues.isComplementizer(t.norm()) || SpeechCues.lookup(t.norm()).isPresent());
      if (cue || !t.word() && !ArticleTokens.isComma(t)) {
        return false;
      }
    }
    return true;
  }

  /** "وبين لوك ارنال …": وبين opening a sentence before an indefinite name is the verb. */
  boolean baynaIsAVerb(int index) {
    Token t = tokens.get(index);
    if (!t.norm().equals("و" + BAYNA)
        || !text.sentenceInitial(index)
        || index + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(index + 1);
    return next.word()
        && !SpeakerWords.isDefinite(next.norm())
        && !SpeakerPhrases.isStop(next.norm())
        && !SpeakerWords.PLACES.contains(next.norm());
  }

  boolean weakQualifies(int index, int to) {
    String verb = tokens.get(index).norm();
    boolean bayna = verb.endsWith(BAYNA);
    if (bayna && baynaIsAVerb(index)) {
      return true;
    }
    int reach = Math.min(to, index + (bayna ? BAYNA_REACH : WEAK_CUE_REACH));
    for (int i = index + 1; i < reach; i++) {
      Token t = tokens.get(i);
      if (SpeechCues.isComplementizer(t.norm())
          || t.is(AN)
          || !t.word() && t.norm().charAt(0) == COLON) {
        return true;
      }
      if (t.word() && SpeechCues.lookup(t.norm()).isPresent()) {
        return false;
      }
    }
    return false;
  }
}
