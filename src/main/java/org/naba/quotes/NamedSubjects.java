package org.naba.quotes;

import java.util.List;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.quotes.Subject.Type;
import org.naba.text.ArabicNormalizer;

/**
 * The person a subject that names someone or gives a role stands for, resolved against the
 * article's {@link SpeakerMentions}. A pure function of the article and the last speaker.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A role without a name (وقال المتحدث) is the person the article gave that role to; else the
 *       last speaker, when their role has the same head noun; else a person given a role with that
 *       head; else the role itself is the speaker. A role that names a person by their last name
 *       (وكيل صلاح) is never that person.
 *   <li>A one-word name is the latest earlier mention ending with it (النعمان → صباح النعمان), with
 *       its role; else the full name the body gives for it.
 *   <li>A longer name is the mention of that name, or the latest one ending with it, its compound
 *       joined or not ("عبد الغني" → "حسين عبدالغني"); an institution named short is its longer
 *       name given before ("منظمة العدل" → "منظمة العدل الدولية"); a known surname followed by the
 *       verb's object is that person ("وستكرر ماي التأكيد …"), and so is a surname the body gives
 *       after a given name ("وأكد شكري التزام مصر" after "سامح شكري"); a name with a lineage link
 *       that the body gave before going on over another link is that longer name ("راشد بن عبد
 *       الله" → "راشد بن عبد الله آل خليفة").
 *   <li>The speaker's grammatical gender is the cue's; for a cue of either gender, that of the
 *       first word of the role, else of the name: feminine when it ends in ة.
 * </ul>
 */
final class NamedSubjects {

  private final List<Token> tokens;
  private final SpeakerPhrases phrases;
  private final SpeakerMentions mentions;
  private final SubjectReader subjects;

  NamedSubjects(
      ArticleTokens text,
      SpeakerPhrases phrases,
      SpeakerMentions mentions,
      SubjectReader subjects) {
    this.tokens = text.tokens();
    this.phrases = phrases;
    this.mentions = mentions;
    this.subjects = subjects;
  }

  /**
   * The attribution of {@code s} (named or role-only) for a cue at {@code position} whose gender is
   * {@code gender}; {@code last} is the last speaker, or null.
   */
  Attribution attribution(Subject s, SpeechCues.Gender gender, int position, Attribution last) {
    return s.type() == Type.ROLE_ONLY
        ? ofRole(s, gender, position, last)
        : ofName(s, gender, position);
  }

  private Attribution ofRole(Subject s, SpeechCues.Gender gender, int position, Attribution last) {
    String roleNorm = ArabicNormalizer.normalize(s.role());
    Mention m = mentions.findByRole(roleNorm, position);
    if (m != null && !namedBy(roleNorm, m.name())) {
      return new Attribution(m.name(), s.role(), null, -1, genderOf(gender, m.name(), s.role()));
    }
    if (last != null
        && last.role() != null
        && SpeakerMentions.sameHead(roleNorm, last.role())
        && !namedBy(roleNorm, last.speaker())) {
      return new Attribution(last.speaker(), s.role(), null, -1, last.gender());
    }
    m = mentions.findByRoleHead(roleNorm, position);
    if (m != null && !namedBy(roleNorm, m.name())) {
      return new Attribution(m.name(), s.role(), null, -1, genderOf(gender, m.name(), s.role()));
    }
    return new Attribution(s.role(), s.role(), null, -1, genderOf(gender, s.role(), s.role()));
  }

  /**
   * Whether a role names {@code person} by their last name: "وكيل صلاح" is Salah's agent, never
   * Salah.
   */
  private static boolean namedBy(String roleNorm, String person) {
    if (person == null) {
      return false;
    }
    String norm = ArabicNormalizer.normalize(person);
    String lastWord = norm.substring(norm.lastIndexOf(' ') + 1);
    return (" " + roleNorm + " ").contains(" " + lastWord + " ");
  }

  private Attribution ofName(Subject s, SpeechCues.Gender gender, int position) {
    String name = phrases.nameText(s);
    String role = s.role();
    if (s.nameTo() - s.nameFrom() == 1) {
      Mention m = mentions.findBySurname(ArabicNormalizer.normalize(name), position);
      if (m != null) {
        name = m.name();
        role = role != null ? role : m.role();
      } else {
        // after a role, a definite surname (الرئيس الأسد) is a person's, not an organisation's
        boolean surname = role != null && phrases.names().surnameGivenElsewhere(s.nameFrom());
        String word = tokens.get(s.nameFrom()).norm();
        String full = mentions.fullNameInBody(word, position, !surname);
        full = full != null ? full : mentions.fullNameInBody(word, position, surname);
        name = full != null ? full : name;
      }
    } else {
      Mention m = mentions.findByName(ArabicNormalizer.normalize(name));
      if (m == null) {
        // "عبد الغني" for "حسين عبدالغني", "تشاوش اوغلو" for "مولود تشاوش اوغلو"
        m = mentions.findByJoinedEnding(ArabicNormalizer.normalize(name), position);
        name = m != null ? m.name() : name;
      }
      if (m == null && SpeakerWords.INSTITUTIONS.contains(tokens.get(s.nameFrom()).norm())) {
        // "منظمة العدل" for "منظمة العدل الدولية" named earlier
        String longer = mentions.longerNameInBody(s.nameFrom(), s.nameTo(), position);
        name = longer != null ? longer : name;
      }
      if (m == null && phrases.names().hasLineageLink(s.nameFrom() + 1, s.nameTo())) {
        // "وتابع الشيخ راشد بن عبد الله" after "الشيخ راشد بن عبد الله آل خليفة"
        String full = mentions.lineageNameInBody(s.nameFrom(), s.nameTo());
        name = full != null ? full : name;
      }
      if (m == null) {
        // "وستكرر ماي التأكيد …": a known surname followed by the verb's object
        Mention known = mentions.findBySurname(tokens.get(s.nameFrom()).norm(), position);
        if (known != null
            && known.norm().split(" ").length >= 2
            && known.lastWord().equals(tokens.get(s.nameFrom()).norm())) {
          name = known.name();
          m = known;
        }
      }
      if (m == null && role == null && subjects.surnameThenObject(s, position)) {
        // "وأكد شكري التزام مصر" after "سامح شكري": a surname, then the verb's object
        name = mentions.fullNameInBody(tokens.get(s.nameFrom()).norm(), position, false);
      }
      if (role == null && m != null) {
        role = m.role();
      }
    }
    return new Attribution(name, role, null, -1, genderOf(gender, name, role));
  }

  static SpeechCues.Gender genderOf(SpeechCues.Gender cue, String name, String role) {
    if (cue != SpeechCues.Gender.ANY && cue != SpeechCues.Gender.PLURAL) {
      return cue; // a plural verb says nothing of the gender a later singular verb may take
    }
    String head = ArabicNormalizer.normalize(role != null ? role : name);
    int space = head.indexOf(' ');
    String first = space < 0 ? head : head.substring(0, space);
    return first.endsWith("ه") ? SpeechCues.Gender.FEMININE : SpeechCues.Gender.MASCULINE;
  }
}
