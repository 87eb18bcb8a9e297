package org.naba.quotes;

import static org.naba.text.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naba.quotes.SpeakerMentions.Mention;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * The rules of {@link SpeakerNames}, each a small record that resolves a read speaker ({@link
 * SpeakerReading}) or leaves it to the next; {@link #IN_ORDER} is the order they are tried in, and
 * the last always gives a name.
 */
final class SpeakerNameRules {

  /** One way to put a read speaker into its canonical form. */
  interface Rule {

    /** The canonical attribution of {@code s}, or null to leave it to the next rule. */
    Attribution apply(SpeakerReading s, SpeakerNames names);
  }

  /** The rules, in the order they are tried. */
  static final List<Rule> IN_ORDER =
      List.of(
          new Unnamed(),
          new KnownNameEnding(),
          new KnownNameOpening(),
          new KnownRole(),
          new FullNameInBody(),
          new NameAfterRole(),
          new OrganisationByNoun(),
          new LongerSourceDescription(),
          new FirstSourceDescription(),
          new NameAsWritten());

  private static final String COMPANY = "شركه";
  private static final String NISBA = "ي";

  /** Words that stand for someone the text does not identify (وقال آخر، وسأل أحدهم). */
  private static final Set<String> NOBODY = Lexicon.words("unnamed-speakers");

  /** Description nouns that are adjectives when nothing follows (دبلوماسي فرنسي كبير). */
  private static final Set<String> ADJECTIVAL = Lexicon.words("adjectival-descriptions");

  /** Nouns that describe a person after their name (ستيف بروسات عالم الأحياء). */
  private static final Set<String> DESCRIPTIONS = Lexicon.words("description-nouns");

  private SpeakerNameRules() {}

  /** "وقال آخر"، "وتابع ثالث": the text does not say who spoke, so the speaker is unknown. */
  record Unnamed() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      Attribution a = s.attribution();
      return s.cleaned().isEmpty() || NOBODY.contains(ArabicNormalizer.normalize(s.cleaned()))
          ? Attribution.UNKNOWN.withCue(a.cue(), a.cueStart())
          : null;
    }
  }

  /**
   * A speaker whose first words end a known full name is that name, when what follows them is no
   * more name (سلامة تقرير صندوق النقد → رياض سلامة; تيلرسون وقوف → ريكس تيلرسون); the longest
   * ending wins. A one-word speaker also when it is the last two words written as one (ديمستورا →
   * ستيفان دي مستورا).
   */
  record KnownNameEnding() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      return known(s, byEnding(s.words(), s.norms(), names.mentions()));
    }

    private static Mention byEnding(List<String> words, List<String> norms, List<Mention> known) {
      String joined = String.join(" ", norms);
      // "عبدالله مخارش" is a name of its own: only a longer name ending with all of it replaces it
      boolean named = norms.size() >= 2 && known.stream().anyMatch(m -> m.norm().equals(joined));
      Mention best = null;
      int bestLength = 0;
      for (Mention m : known) {
        String[] name = m.norm().split(" ");
        if (name.length < 2 || name.length == norms.size() && endsWith(name, norms)) {
          continue;
        }
        for (int j = Math.min(norms.size(), name.length); j > bestLength; j--) {
          if (named && j < norms.size()) {
            break;
          }
          if (endsWith(name, norms.subList(0, j))
              && !SpeakerWords.NAME_LINKS.contains(norms.get(j - 1))
              && (j == norms.size() || !SpeakerWords.NAME_LINKS.contains(norms.get(j)))
              && (j < name.length
                  || j == norms.size()
                  || SpeakerReading.startsAudience(words, j)
                  || SpeakerWords.isRoleHead(norms.get(j))
                  || opensConstruct(norms, j))) {
            best = m;
            bestLength = j;
            break;
          }
        }
      }
      if (best == null && norms.size() == 1) {
        // "ديمستورا" for "ستيفان دي مستورا": the last two words written as one
        for (Mention m : known) {
          String[] name = m.norm().split(" ");
          if (name.length >= 3
              && (name[name.length - 2] + name[name.length - 1]).equals(norms.get(0))) {
            return m;
          }
        }
      }
      return best;
    }
  }

  /**
   * A one-word speaker, or one followed by an audience, whose first word opens exactly one known
   * full name, followed by nothing but words of that name or an audience, is that name (آبي لأعضاء
   * البرلمان → آبي أحمد).
   */
  record KnownNameOpening() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      if (!s.oneWord() && !SpeakerReading.startsAudience(s.words(), 1)) {
        return null;
      }
      return known(s, byOpening(s.words(), s.norms(), names.mentions()));
    }

    private static Mention byOpening(List<String> words, List<String> norms, List<Mention> known) {
      String joined = String.join(" ", norms);
      Mention found = null;
      for (Mention m : known) {
        String[] name = m.norm().split(" ");
        if (name.length >= 2 && name[0].equals(norms.get(0)) && !m.norm().equals(joined)) {
          if (found != null && !found.norm().equals(m.norm())) {
            return null;
          }
          found = m;
        }
      }
      if (found == null) {
        return null;
      }
      // only when the speaker adds nothing of the name beyond what the known name has
      for (int i = 1; i < norms.size(); i++) {
        if (NameWords.isAudience(words.get(i))
            || SpeakerReading.audienceStart(words.subList(i - 1, words.size())) == 1) {
          return found;
        }
        if (!(" " + found.norm() + " ").contains(" " + norms.get(i) + " ")) {
          return null;
        }
      }
      return found;
    }
  }

  /**
   * A role of two or more words, with no role read off its front, that the article gave to exactly
   * one known person is that person.
   */
  record KnownRole() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      return s.led() ? null : known(s, byRole(String.join(" ", s.norms()), names.mentions()));
    }

    private static Mention byRole(String roleNorm, List<Mention> known) {
      String[] roleWords = roleNorm.split(" ");
      if (roleWords.length < 2 || !SpeakerWords.isRoleHead(roleWords[0])) {
        return null;
      }
      Mention found = null;
      for (Mention m : known) {
        if (m.roleNorm() != null
            && m.norm().split(" ").length >= 2
            && sameRole(roleNorm, m.roleNorm())) {
          if (found != null && !found.norm().equals(m.norm())) {
            return null;
          }
          found = m;
        }
      }
      return found;
    }

    private static boolean sameRole(String role, String known) {
      String k = known.replaceAll("[،,]", " ").replaceAll(" +", " ").strip();
      return k.equals(role) || k.startsWith(role + " ");
    }
  }

  /**
   * A one-word surname (or a compound: نصر الله) is the longest "given names + it" in the body
   * ({@link BodyNames#fullNameInBody}); a one-word given name "it + name words, role" ({@link
   * BodyNames#nameBeforeRole}).
   */
  record FullNameInBody() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      if (s.led()
          || !(s.oneWord() && NameWords.isSurname(s.words().get(0))
              || NameWords.compound(s.norms()))) {
        return null;
      }
      String longer = names.body().fullNameInBody(s.words());
      if (longer == null && s.oneWord()) {
        longer = names.body().nameBeforeRole(s.first());
      }
      return longer != null ? s.as(longer, s.role()) : null;
    }
  }

  /**
   * A role-only speaker is the name the body gives in apposition after that role (مبعوث الأمم
   * المتحدة إلى سوريا، ستيفان دي مستورا،), unless it is an anonymous description (مسؤول أمريكي).
   */
  record NameAfterRole() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      List<String> norms = s.norms();
      boolean anonymous =
          norms.size() == 2
              && !SpeakerWords.isDefinite(norms.get(0))
              && norms.get(1).endsWith(NISBA);
      if (s.led() || anonymous || !SpeakerWords.isRoleHead(s.first()) || s.words().size() < 2) {
        return null;
      }
      String named = names.body().nameAfterRole(norms);
      return named != null ? s.as(named, s.role() != null ? s.role() : s.cleaned()) : null;
    }
  }

  /**
   * A definite organisation noun (الحلف، اللجنة) is the organisation the article first named in
   * full with it ({@link BodyNames#organisationName}); الشركة with no "شركة …" in the body is the
   * company the article last named in marks after a descriptor ({@link MarkedNames}: تطبيق المواعدة
   * "بامبل").
   */
  record OrganisationByNoun() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      if (s.led() || !s.oneWord() || !s.definite() || !SpeakerWords.isOrganisationNoun(s.bare())) {
        return null;
      }
      String organisation = names.body().organisationName(s.bare());
      if (organisation == null && s.bare().equals(COMPANY)) {
        // "تطبيق المواعدة "بامبل" … وقالت الشركة": the company named in marks before
        String body = names.body().body();
        int cueStart = s.attribution().cueStart();
        organisation =
            MarkedNames.latestBefore(body, cueStart < 0 ? body.length() : cueStart).orElse(null);
      }
      return organisation != null ? s.as(organisation, s.role()) : null;
    }
  }

  /**
   * An indefinite source noun with more words (مصدر قريب) is the fuller description the body gives
   * of it up to the quote (مصدر قريب من حكومة المملكة, {@link BodyNames#longerDescription}).
   */
  record LongerSourceDescription() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      if (s.led() || s.words().size() < 2 || !SpeakerWords.SOURCE_NOUNS.contains(s.first())) {
        return null;
      }
      String longer = names.body().longerDescription(s.norms());
      return longer != null ? s.as(longer, s.role()) : null;
    }
  }

  /**
   * A definite source noun (المصدر، المسؤول), also followed by a preposition (المسؤول في مدينة
   * سبها), is the description the article first gave after a speech verb and any time adverb (صرح
   * مصدر مسؤول بوزارة الخارجية السعودية،؛ أفاد أمس الأربعاء مسؤول محلي).
   */
  record FirstSourceDescription() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      boolean placed =
          s.words().size() >= 2 && SpeakerWords.PREPOSITIONS.contains(s.norms().get(1));
      if (s.led()
          || !(s.oneWord() || placed)
          || !s.definite()
          || !SpeakerWords.SOURCE_NOUNS.contains(s.bare())) {
        return null;
      }
      String described = names.body().indefiniteDescription(s.bare());
      return described != null ? s.as(described, s.role()) : null;
    }
  }

  /**
   * The name as written, trimmed: it never ends with a preposition as written, but takes the word
   * after it in the body, nearest before the cue (السفارة الروسية في #لندن), or loses it; it is cut
   * before an audience after a name word (غندور | لأعضاء البرلمان) and before a description noun
   * after two name words (يزيد صايغ | كبير الباحثين).
   */
  record NameAsWritten() implements Rule {

    @Override
    public Attribution apply(SpeakerReading s, SpeakerNames names) {
      List<String> words = s.words();
      List<String> norms = s.norms();
      if (words.size() >= 2
          && SpeakerWords.PREPOSITIONS_AS_WRITTEN.contains(words.get(words.size() - 1))) {
        // "السفارة السعودية في" cut before "#تونس": a name does not end with a preposition
        int cueStart = s.attribution().cueStart();
        String next = names.body().wordAfter(norms, cueStart < 0 ? Integer.MAX_VALUE : cueStart);
        words = new ArrayList<>(words);
        if (next != null) {
          words.add(next);
        } else {
          words.remove(words.size() - 1);
        }
        norms = words.stream().map(ArabicNormalizer::normalize).toList();
      }
      int cut =
          NameWords.isNameWord(words.get(0)) ? SpeakerReading.audienceStart(words) : words.size();
      cut = Math.min(cut, descriptionStart(words, norms));
      return s.as(String.join(" ", words.subList(0, cut)), s.role());
    }

    /**
     * Where a description follows a name of two or more name words, none of them a link (ستيف
     * بروسات | عالم الأحياء، صائب عريقات | كبير المفاوضين، جاستن ترودو | والرئيس الفرنسي …): a role
     * or description noun, also after و; or the size.
     */
    private static int descriptionStart(List<String> words, List<String> norms) {
      for (int j = 0; j < words.size(); j++) {
        if (j >= 2
            && !NameWords.startsCompound(norms.get(j - 1))
            && !NameWords.startsCompound(norms.get(j))
            && isDescription(norms.get(j))
            && (j + 1 < norms.size() || !ADJECTIVAL.contains(norms.get(j)))) {
          return j;
        }
        if (!NameWords.isNameWord(words.get(j))) {
          return words.size();
        }
      }
      return words.size();
    }

    private static boolean isDescription(String norm) {
      String w = norm.length() > 3 && norm.charAt(0) == WAW ? norm.substring(1) : norm;
      return SpeakerWords.isRoleHead(w) || DESCRIPTIONS.contains(w);
    }
  }

  /** {@code s} as the known full name {@code m}, with its role unless the speaker has one. */
  private static Attribution known(SpeakerReading s, Mention m) {
    return m == null
        ? null
        : s.as(NameWords.clean(m.name()), s.role() != null ? s.role() : m.role());
  }

  /**
   * True when an indefinite word and a definite one stand at {@code j} (عالم الأحياء، تقرير صندوق
   * النقد): a description or an object after the name, not more of it (نصر الله is).
   */
  private static boolean opensConstruct(List<String> norms, int j) {
    return j + 1 < norms.size()
        && !SpeakerWords.isDefinite(norms.get(j))
        && SpeakerWords.isDefinite(norms.get(j + 1))
        && !SpeakerWords.NAME_LINKS.contains(norms.get(j + 1));
  }

  private static boolean endsWith(String[] name, List<String> words) {
    int offset = name.length - words.size();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!name[offset + i].equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
