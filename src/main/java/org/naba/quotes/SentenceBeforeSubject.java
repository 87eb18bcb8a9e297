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
    String name = personBefore(index);
    if (name == null) {
      return null;
    }
    SpeakerMentions.Mention m = fullestMention(name, index);
    String speaker = m != null ? m.name() : name;
    String role = m != null ? m.role() : null;
    return new Attribution(
        speaker, role, null, -1, NamedSubjects.genderOf(cue.gender(), speaker, role));
  }

  /**
   * Who the sentence before {@code index} opens with: the surname when a mention ends with it, else
   * the given name and surname the body gives; null when none.
   */
  private String personBefore(int index) {
    if (!text.sentenceInitial(index)) {
      return null;
    }
    int start = text.sentenceStart(index);
    if (start < 2 || !text.sentenceInitial(start) || newlineBetween(start - 1, index)) {
      return null;
    }
    int before = text.sentenceStart(start - 1);
    if (before + 1 >= start - 1 || !text.sentenceInitial(before) || newlineBetween(before, start)) {
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
    SpeakerMentions.Mention m = fullestMention(surname, index);
    if (m != null) {
      return surname;
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
        ? full
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

  /**
   * The fullest mention before {@code index} of one person whose last word is {@code surname} (عيسى
   * عبد المجيد, not عبد المجيد), or null; {@code surname} may be a whole name already.
   */
  private SpeakerMentions.Mention fullestMention(String surname, int index) {
    String last = surname.substring(surname.lastIndexOf(' ') + 1);
    int position = tokens.get(index).start();
    SpeakerMentions.Mention best = null;
    for (SpeakerMentions.Mention c : mentions.all()) {
      if (c.position() < position
          && ArabicNormalizer.normalize(last).equals(c.lastWord())
          && NameWords.onePerson(c.name())
          && (best == null || c.name().length() > best.name().length())) {
        best = c;
      }
    }
    return best;
  }

  private boolean newlineBetween(int from, int to) {
    return body.substring(tokens.get(from).start(), tokens.get(to).start()).indexOf('\n') >= 0;
  }
}
