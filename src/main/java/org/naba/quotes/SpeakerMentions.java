package org.naba.quotes;

import java.util.ArrayList;
import java.util.List;
import org.naba.quotes.Subject.Type;
import org.naba.text.ArabicLetters;
import org.naba.text.ArabicNormalizer;

/**
 * The people and organisations an article names, for resolving surnames and roles.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A mention is a name of two or more words with the role it was given, at a position.
 *   <li>A one-word name resolves to the latest earlier mention ending with it (النعمان → صباح
 *       النعمان); failing that, to an earlier "given name + it" in the body when a comma, a role or
 *       an honorific stands before or a comma after it (قيس الخزعلي، …).
 *   <li>A definite organisation word resolves to an earlier phrase opening with it or its bare noun
 *       (اللجنة → اللجنة التنظيمية الخليجية لكرة القدم، البعثة → بعثة الاتحاد الإفريقي).
 *   <li>A role resolves to the latest mention with that role whose surname the article uses again
 *       (else the latest), or with the same head noun and, if possible, the same last word (رئيس
 *       الزمالك ~ رئيس مجلس إدارة نادي الزمالك); the same office with another nationality (وزير
 *       الخارجية الإيراني, وزير الخارجية الأمريكي) is another person.
 * </ul>
 */
final class SpeakerMentions {

  private static final int MAX_NAME_WORDS = 6;
  private static final String NISBA = "ي";

  /** A named person or organisation with the role the article gave them. */
  record Mention(
      String name, String norm, String lastWord, String role, String roleNorm, int position) {}

  private final ArticleTokens text;
  private final SpeakerPhrases phrases;
  private final String body;
  private final List<Token> tokens;
  private final List<Mention> mentions = new ArrayList<>();

  SpeakerMentions(ArticleTokens text, SpeakerPhrases phrases) {
    this.text = text;
    this.phrases = phrases;
    this.body = text.body();
    this.tokens = text.tokens();
  }

  void remember(Subject s, int position) {
    if (s.nameTo() - s.nameFrom() < 2) {
      return;
    }
    String name = phrases.nameText(s);
    String norm = ArabicNormalizer.normalize(name);
    String lastWord = norm.substring(norm.lastIndexOf(' ') + 1);
    String roleNorm = s.role() == null ? null : ArabicNormalizer.normalize(s.role());
    mentions.add(new Mention(name, norm, lastWord, s.role(), roleNorm, position));
    int k = s.nameTo();
    if (s.role() != null && appositionFollows(k)) {
      // "المستشار مرتضى منصور، رئيس مجلس إدارة نادي الزمالك": the second role is his too
      Subject r = phrases.subjectAfter(k + 1, text.sentenceEnd(k + 1), false);
      if (r != null && r.type() == Type.ROLE_ONLY) {
        mentions.add(
            new Mention(
                name, norm, lastWord, r.role(), ArabicNormalizer.normalize(r.role()), position));
      }
    }
  }

  /**
   * The full form of a one-word name from an earlier mention in the body. Rules: for a definite
   * word (البعثة) an earlier organisation phrase opening with the bare noun (بعثة الاتحاد
   * الإفريقي); otherwise the word with the given name before it (قيس الخزعلي), extended over
   * بن/أبو/عبد/آل and over a third word when a comma, a role or an honorific precedes it (الرئيس
   * التركي، رجب طيب أردوغان).
   */
  String fullNameInBody(String word, int position, boolean asOrganisation) {
    int end = text.firstTokenAtOrAfter(position);
    boolean definite = SpeakerWords.isDefinite(word);
    if (asOrganisation && !definite) {
      return null;
    }
    String bare = definite ? word.substring(2) : null;
    String conjoinedBare = definite ? "و" + bare : null;
    for (int k : candidates(word, bare, conjoinedBare, asOrganisation)) {
      if (k >= end) {
        break;
      }
      Token t = tokens.get(k);
      if (asOrganisation) {
        Subject org = phrases.names().named(k, text.sentenceEnd(k + 1), null, null);
        if (org != null) {
          org = phrases.names().withoutPrepositionalTail(org);
        }
        if (org != null && org.nameTo() - org.nameFrom() >= 2) {
          return t.is(conjoinedBare)
              ? t.text(body).substring(1)
                  + body.substring(t.end(), tokens.get(org.nameTo() - 1).end())
              : phrases.nameText(org);
        }
      } else if (k > 0
          && isGivenName(k - 1)
          && (k >= 2
                  && (opensName(tokens.get(k - 2))
                      || text.sentenceInitial(k - 2)
                          && !SpeakerPhrases.isStop(tokens.get(k - 2).norm()))
              || k + 1 < tokens.size() && ArticleTokens.isComma(tokens.get(k + 1)))) {
        if (conjoinedGivenName(k - 1, word)) {
          // "منانغاغوا، ونلسون شاميسا": و is the conjunction, as the name without it elsewhere
          // shows
          return body.substring(tokens.get(k - 1).start() + 1, t.end());
        }
        int first = k - 1;
        while (first > 0
            && isGivenName(first - 1)
            && (SpeakerWords.LINEAGE_LINKS.contains(tokens.get(first - 1).norm())
                || SpeakerWords.LINEAGE_LINKS.contains(tokens.get(first).norm())
                || first >= 2 && opensName(tokens.get(first - 2)))
            && k - first < MAX_NAME_WORDS - 1) {
          first--;
        }
        return body.substring(tokens.get(first).start(), t.end());
      }
    }
    return null;
  }

  /**
   * True when the given name at {@code k} is another given name behind the conjunction و, as the
   * body shows by giving that name before {@code surname} elsewhere.
   */
  private boolean conjoinedGivenName(int k, String surname) {
    String n = tokens.get(k).norm();
    if (n.length() < 4 || n.charAt(0) != ArabicLetters.WAW || SpeechCues.lookup(n).isPresent()) {
      return false; // "ويقول عبد المجيد" is a cue, not a name
    }
    for (int j : text.occurrences(n.substring(1))) {
      if (j + 1 < tokens.size() && tokens.get(j + 1).norm().equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word tokens {@link #fullNameInBody} looks at, in body order: the word, and for an
   * organisation also its bare noun with or without و.
   */
  private List<Integer> candidates(
      String word, String bare, String conjoinedBare, boolean asOrganisation) {
    if (!asOrganisation) {
      return text.occurrences(word);
    }
    List<Integer> all = new ArrayList<>(text.occurrences(word));
    all.addAll(text.occurrences(bare));
    all.addAll(text.occurrences(conjoinedBare));
    all.sort(null);
    return all;
  }

  /** True when "، role …" follows (قيس الخزعلي، أمين عام …). */
  boolean appositionFollows(int k) {
    return k + 1 < tokens.size()
        && ArticleTokens.isComma(tokens.get(k))
        && SpeakerWords.isRoleHead(tokens.get(k + 1).norm());
  }

  boolean isGivenName(int k) {
    Token t = tokens.get(k);
    if (!t.word()) {
      return false;
    }
    String n = t.norm();
    return !SpeakerPhrases.isStop(n)
        && !SpeakerWords.isRoleHead(n)
        && !SpeakerWords.RANKS.contains(n)
        && !SpeakerWords.HONORIFICS.contains(n)
        && (!SpeakerWords.isDefinite(n) || n.equals("الله"))
        && !SpeakerWords.PLACES.contains(n)
        && n.length() > 1;
  }

  static boolean opensName(Token t) {
    String n = t.norm();
    return ArticleTokens.isComma(t)
        || SpeakerWords.isDefinite(n)
        || SpeakerWords.isRoleHead(n)
        || SpeakerWords.RANKS.contains(n)
        || SpeakerWords.HONORIFICS.contains(n);
  }

  /**
   * The fullest mention before {@code position} of one person ({@link NameWords#onePerson}) whose
   * last word is {@code surname} (عيسى عبد المجيد, not عبد المجيد), or null.
   */
  Mention fullestBySurname(String surname, int position) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.position() < position
          && surname.equals(m.lastWord())
          && NameWords.onePerson(m.name())
          && (best == null || m.name().length() > best.name().length())) {
        best = m;
      }
    }
    return best;
  }

  Mention findBySurname(String word, int position) {
    Mention after = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.lastWord().equals(word) || (" " + m.norm() + " ").contains(" " + word + " ")) {
        if (m.position() < position) {
          return m;
        }
        after = m;
      }
    }
    return after;
  }

  /** Every mention remembered so far, in article order. */
  List<Mention> all() {
    return List.copyOf(mentions);
  }

  Mention findByName(String norm) {
    for (Mention m : mentions) {
      if (m.norm().equals(norm) && m.role() != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The latest earlier mention whose role has the same head noun (المدرب ~ مدرب الاتحاد),
   * preferring one whose role also ends alike (رئيس الزمالك ~ رئيس مجلس إدارة نادي الزمالك).
   */
  Mention findByRoleHead(String roleNorm, int position) {
    Mention sameHead = null;
    String last = roleNorm.substring(roleNorm.lastIndexOf(' ') + 1);
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.position() < position && m.roleNorm() != null && sameHead(roleNorm, m.role())) {
        if (m.roleNorm().endsWith(" " + last) || m.roleNorm().equals(roleNorm)) {
          return m;
        }
        sameHead = sameHead == null ? m : sameHead;
      }
    }
    return sameHead;
  }

  /**
   * The latest earlier mention with exactly this role, preferring one whose last name word the
   * article uses again (سليم الجبوري … الجبوري, not the object in "لم يبلغ رئيس مجلس النواب العراقي
   * بمواعيد محددة"); else the first later one; or null.
   */
  Mention findByRole(String roleNorm, int position) {
    Mention after = null;
    Mention unattested = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (roleNorm.equals(m.roleNorm())) {
        if (m.position() < position) {
          if (attested(m)) {
            return m;
          }
          unattested = unattested == null ? m : unattested;
        } else {
          after = after == null ? m : after;
        }
      }
    }
    return unattested != null ? unattested : after;
  }

  /** True when the mention's last word stands in the article more than once. */
  private boolean attested(Mention m) {
    return text.occurrences(m.lastWord()).size() > 1;
  }

  /**
   * True when two roles share their head noun, or one contains the other, and they name no two
   * different nationalities (وزير الخارجية الإيراني is not وزير الخارجية الأمريكي).
   */
  static boolean sameHead(String roleNorm, String otherRole) {
    String other = ArabicNormalizer.normalize(otherRole);
    String head = stripArticle(roleNorm.split(" ")[0]);
    return (stripArticle(other.split(" ")[0]).equals(head) || other.contains(roleNorm))
        && !differentNisbas(roleNorm, other);
  }

  /**
   * True when two roles name the same office with different definite nisbas (وزير الخارجية
   * الإيراني, وزير الخارجية الأمريكي); the office of a club's coach and a national adjective of the
   * person (المدرب الفرنسي, مدرب أرسنال الإنجليزي) do not conflict.
   */
  static boolean differentNisbas(String role, String other) {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<String> officeA = split(role, a);
    List<String> officeB = split(other, b);
    return officeA.equals(officeB) && !a.isEmpty() && !b.isEmpty() && !a.equals(b);
  }

  /** The role's words other than definite nisbas (which go to {@code nisbas}). */
  private static List<String> split(String role, List<String> nisbas) {
    List<String> office = new ArrayList<>();
    for (String w : role.split(" ")) {
      if (SpeakerWords.isDefinite(w) && w.length() > 5 && w.endsWith(NISBA)) {
        nisbas.add(w);
      } else {
        office.add(office.isEmpty() ? stripArticle(w) : w);
      }
    }
    return office;
  }

  private static String stripArticle(String w) {
    return SpeakerWords.isDefinite(w) ? w.substring(2) : w;
  }

  /**
   * The latest earlier mention that ends with the words of {@code norm} ("تشاوش اوغلو" → "مولود
   * تشاوش اوغلو"), or, for a compound like "عبد الغني", ends with them once spaces are removed
   * ("حسين عبدالغني"); or null.
   */
  Mention findByJoinedEnding(String norm, int position) {
    String joined = norm.replace(" ", "");
    boolean compound = norm.startsWith("عبد ");
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.position() < position
          && !m.norm().equals(norm)
          && (m.norm().endsWith(" " + norm)
              || compound && m.norm().replace(" ", "").endsWith(joined))) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first occurrence of the words {@code [from, to)} before it whose name goes on over a
   * lineage link ("راشد بن عبد الله" → "راشد بن عبد الله آل خليفة"): the same person named in full;
   * or null.
   */
  String lineageNameInBody(int from, int to) {
    int length = to - from;
    for (int k = 0; k < from && k + length < tokens.size(); k++) {
      if (sameWords(k, from, length)
          && SpeakerWords.LINEAGE_LINKS.contains(tokens.get(k + length).norm())) {
        Subject longer = phrases.names().named(k, text.sentenceEnd(k + 1), null, null);
        if (longer != null && longer.nameTo() - longer.nameFrom() > length + 1) {
          return phrases.nameText(longer);
        }
      }
    }
    return null;
  }

  /** Whether the {@code length} words from {@code k} are those from {@code from}. */
  private boolean sameWords(int k, int from, int length) {
    for (int d = 0; d < length; d++) {
      if (!tokens.get(k + d).norm().equals(tokens.get(from + d).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first earlier occurrence of the words {@code [from, to)} continued by more name words
   * ("منظمة العدل" → "منظمة العدل الدولية"), or null.
   */
  String longerNameInBody(int from, int to, int position) {
    int length = to - from;
    int end = text.firstTokenAtOrAfter(position);
    for (int k = 0; k + length <= end && k < from; k++) {
      if (sameWords(k, from, length)) {
        Subject longer = phrases.names().named(k, text.sentenceEnd(k + 1), null, null);
        if (longer != null && longer.nameTo() - longer.nameFrom() > length) {
          // one more word only: "منظمة العدل الدولية", not "… المعنية بحقوق الإنسان"
          return phrases.nameText(
              new Subject(longer.type(), k, k + length + 1, null, longer.firstName()));
        }
      }
    }
    return null;
  }
}
