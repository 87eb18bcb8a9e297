package org.naba.quotes;

import java.util.ArrayList;
import java.util.List;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.text.ArabicNormalizer;

/**
 * Puts the speakers of one article into their canonical form, once all quotes are attributed. A
 * pure function of the article's body and remembered mentions (role + name phrases of two or more
 * name words); {@link SpeakerResolver} runs it twice, the second time with the article's attributed
 * full names added, for one-word speakers.
 *
 * <p>A speaker is first read ({@link SpeakerReading}): cleaned of hashtag signs and underscores,
 * with a role in apposition or a descriptor read off its front into the role (الفنانة أحلام،
 * المعارِضة ميشيل ريمبل), and the verb's object cut off after an organisation (الجيش الإسرائيلي |
 * صحة شريط الفيديو). Then the rules of {@link SpeakerNameRules} are tried in this order; the first
 * that applies gives the canonical form:
 *
 * <ol>
 *   <li>{@code Unnamed}: a word for someone the text does not identify (وقال آخر) is unknown.
 *   <li>{@code KnownNameEnding}: a speaker whose first words end a known full name is that name
 *       (سلامة تقرير صندوق النقد → رياض سلامة; ديمستورا → ستيفان دي مستورا).
 *   <li>{@code KnownNameOpening}: a speaker whose first word opens exactly one known full name,
 *       followed by nothing but words of it or an audience, is that name (آبي لأعضاء البرلمان → آبي
 *       أحمد).
 *   <li>{@code KnownRole}: a role of two or more words that the article gave to exactly one known
 *       person is that person.
 *   <li>{@code FullNameInBody}: a one-word surname (or a compound: نصر الله) is the longest "given
 *       names + it" in the body; a one-word given name "it + name words, role".
 *   <li>{@code NameAfterRole}: a role-only speaker is the name the body gives in apposition after
 *       that role (مبعوث الأمم المتحدة إلى سوريا، ستيفان دي مستورا،), unless it is an anonymous
 *       description (مسؤول أمريكي).
 *   <li>{@code OrganisationByNoun}: a definite organisation noun is the organisation named in full
 *       with it; الشركة, failing that, the company last named in marks (تطبيق المواعدة "بامبل").
 *   <li>{@code LongerSourceDescription}: an unnamed source (مصدر قريب) is the fuller description
 *       the body gives up to the quote (مصدر قريب من حكومة المملكة).
 *   <li>{@code FirstSourceDescription}: a definite source noun (المصدر، المسؤول في مدينة سبها) is
 *       the description the article first gave after a speech verb (صرح مصدر مسؤول بوزارة
 *       الخارجية).
 *   <li>{@code NameAsWritten}: otherwise the name as written, never ending with a preposition
 *       (السفارة الروسية في #لندن), cut before an audience after a name word (غندور | لأعضاء
 *       البرلمان) and before a description noun after two name words (يزيد صايغ | كبير الباحثين).
 * </ol>
 */
final class SpeakerNames {

  private static final char SPACE = ' ';

  private final List<Mention> mentions;
  private final BodyNames inBody;

  SpeakerNames(List<Mention> mentions, String body) {
    this.inBody = new BodyNames(body);
    List<Mention> known = new ArrayList<>();
    for (Mention m : mentions) {
      // "آبي لأعضاء البرلمان" was read as a name: what it names is "آبي"
      List<String> words = List.of(NameWords.clean(m.name()).split(" "));
      int cut = SpeakerReading.audienceStart(words);
      if (cut >= 2 && cut == words.size() && words.stream().allMatch(NameWords::isNameWord)) {
        known.add(m);
      }
    }
    this.mentions = List.copyOf(known);
  }

  /**
   * These names plus the article's attributed speakers of two or more words, for a second pass over
   * one-word speakers (وأضاف ديمستورا after a quote attributed to ستيفان دي مستورا).
   */
  SpeakerNames withSpeakers(List<Attribution> speakers) {
    List<Mention> more = new ArrayList<>(mentions);
    for (Attribution a : speakers) {
      if (a.known() && a.speaker().indexOf(SPACE) > 0) {
        String norm = ArabicNormalizer.normalize(a.speaker());
        more.add(
            new Mention(
                a.speaker(),
                norm,
                norm.substring(norm.lastIndexOf(SPACE) + 1),
                a.role(),
                a.role() == null ? null : ArabicNormalizer.normalize(a.role()),
                0));
      }
    }
    return new SpeakerNames(more, inBody);
  }

  private SpeakerNames(List<Mention> known, BodyNames inBody) {
    this.inBody = inBody;
    this.mentions = List.copyOf(known);
  }

  /** The known full names of the article: its mentions, and its speakers on the second pass. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The body, for the longer forms it gives of a name. */
  BodyNames body() {
    return inBody;
  }

  /** The canonical form of {@code a}: the first rule of {@link SpeakerNameRules} that applies. */
  Attribution canonical(Attribution a) {
    if (!a.known()) {
      return a;
    }
    SpeakerReading s = SpeakerReading.of(a);
    for (SpeakerNameRules.Rule rule : SpeakerNameRules.IN_ORDER) {
      Attribution canonical = rule.apply(s, this);
      if (canonical != null) {
        return canonical;
      }
    }
    throw new IllegalStateException("the last rule names every speaker");
  }
}
