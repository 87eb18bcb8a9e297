package org.naba.quotes;

import static org.naba.text.ArabicLetters.WAW;

import java.util.List;
import org.naba.text.ArabicNormalizer;

/**
 * Who a verb without a subject goes on with when the sentence before it is about someone else:
 * "وتلقى شاميسا … تصريحات الرئيس السابق. وقال "…"" is Chamisa speaking, not the last speaker.
 *
 * <p>Rules: the verb opens its sentence, and the sentence before, in the same paragraph and not
 * after a quotation's closing mark, opens with و and a verb that cites nobody, then a one-word
 * surname (not a role, a definite word or a place, and no longer name: وبات سليمان غونغونغ). The
 * person is the fullest earlier mention that ends with that surname (عيسى عبد المجيد for وزار عبد
 * المجيد), else a given name and the surname from the body (نلسون شاميسا); none otherwise. One
 * instance serves one article.
 */
final class SentenceBeforeSubject {

  private static final int MIN_VERB = 4;
  private static final int GIVEN_AND_SURNAME = 2;

  private final ArticleTokens text;
  private final String body;
  private final List<Token> tokens;
  private final SpeakerMentions mentions;

  SentenceBeforeSubject(ArticleTokens text, SpeakerMentions mentions) {
    this.text = text;
    this.body = text.body();
    this.tokens = text.tokens();
    this.mentions = mentions;
  }

  /** The speaker of the subject-less verb {@code cue} at {@code index}, or null. */
  Attribution of(int index, SpeechCues.Cue cue) {
    SpeakerMentions.Mention person = personBefore(index);
    return person == null
        ? null
        : new Attribution(
            person.name(),
            person.role(),
            null,
            -1,
            NamedSubjects.genderOf(cue.gender(), person.name(), person.role()));
  }

  /**
   * Who the sentence before {@code index} opens with: the fullest mention of the surname, else the
   * given name and surname the body gives (without a role); null when none.
   */
  private SpeakerMentions.Mention personBefore(int index) {
    if (!text.sentenceInitial(index)) {
      return null;
    }
    int start = text.sentenceStart(index);
    if (start < 2 || !text.sentenceInitial(start) || !text.sameParagraph(start - 1, index)) {
      return null;
    }
    int before = text.sentenceStart(start - 1);
    if (before + 1 >= start - 1
        || !text.sentenceInitial(before)
        || !text.sameParagraph(before, start)) {
      return null; // not after a quotation's closing mark ("…" أكبرها جوجل.)
    }
    Token verb = tokens.get(before);
    Token name = tokens.get(before + 1);
    if (!opensWithVerb(verb) || !name.word() || !surnameLike(name.norm())) {
      return null;
    }
    boolean compound = NameWords.startsCompound(name.norm());
    Token next = before + 2 < start - 1 ? tokens.get(before + 2) : null;
    if (!compound && next != null && next.word() && NameWords.isNameWord(next.text(body))) {
      return null; // "وبات سليمان غونغونغ": a longer name, which the cue's own reading finds
    }
    // a compound surname (وزار عبد المجيد) is found by its last word
    String surname = compound && next != null ? next.norm() : name.norm();
    SpeakerMentions.Mention m = mentions.fullestBySurname(surname, tokens.get(index).start());
    if (m != null) {
      return m;
    }
    if (SpeakerWords.isPlace(name.norm())) {
      return null; // "وتتخوف مصر": a country is no person who goes on speaking
    }
    String full = mentions.fullNameInBody(name.norm(), name.start(), false);
    if (full == null) {
      return null;
    }
    // a given name and this surname only: no conjunction (وجاك ليو), no lineage (ابن بوجاشيف)
    List<String> words = ArabicNormalizer.words(full);
    return words.size() == GIVEN_AND_SURNAME
            && words.get(0).charAt(0) != WAW
            && !NameWords.startsCompound(words.get(0))
            && !SpeakerWords.LINEAGE_LINKS.contains(words.get(0))
        ? new SpeakerMentions.Mention(full, null, null, null, null, -1)
        : null;
  }

  private static boolean opensWithVerb(Token t) {
    String n = t.norm();
    return t.word()
        && n.length() >= MIN_VERB
        && n.charAt(0) == WAW
        && !SpeakerPhrases.isStop(n)
        && SpeechCues.lookup(n).isEmpty();
  }

  private static boolean surnameLike(String n) {
    return !SpeakerPhrases.isStop(n) && !SpeakerWords.isRoleHead(n) && !SpeakerWords.isDefinite(n);
  }
}
