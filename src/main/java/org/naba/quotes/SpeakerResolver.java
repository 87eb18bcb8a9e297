package org.naba.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.text.ArabicNormalizer;

/**
 * Finds the speaker and role of each quotation of one article.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The cue is searched first in the text before the quote (nearest first, within the
 *       sentence and after any previous quotation of it), then among the first words after it
 *       ("…"، قال النعمان / "…"، وفقاً للمتحدث …). A cue after the quote that names its speaker
 *       wins over a subject-less continuation before it (وأضاف أن "…"، بحسب قائد …).
 *   <li>A weak verb (بين، ذكر، رأى …) counts only when a complementizer or colon follows it
 *       closely, or the quote itself does.
 *   <li>A verb's subject follows it (VSO: "وقال الناطق باسم الجهاز صباح النعمان، …"); when nothing
 *       follows, a short noun phrase opening the sentence before the verb is the subject (SVO:
 *       "النعمان، حذّر من أن").
 *   <li>A participle (مضيفاً، موضحاً …), a verb without subject (وأضاف، أن …) and a pronoun (الذي،
 *       هو) continue the last speaker, if their grammatical gender agrees; otherwise the speaker
 *       is unknown. A manner cue (بقوله، قائلاً) takes the subject of its clause.
 *   <li>The subject is split into role and name ({@link SpeakerWords}); a one-word name resolves
 *       to the full name given earlier in the article (النعمان → صباح النعمان); a role without a
 *       name resolves to the person the article gave that role to, else the role is the speaker.
 *   <li>A quote with no cue that follows another attributed quote of the same sentence shares
 *       its speaker ("إن "…" يشكل "…""); any other quote without cue is unknown.
 *   <li>Subjects of speech verbs anywhere in the article (also without quotes: "أكد المتحدث …
 *       صباح النعمان، وجود …") are speech events that update the last speaker, and every
 *       role + name phrase is remembered for surname and role resolution.
 * </ul>
 *
 * <p>One instance serves one article; it is not thread-safe.
 */
final class SpeakerResolver {

  private static final int MAX_ROLE_WORDS = 12;
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_SVO_WORDS = 5;
  private static final int MAX_SENTENCE_NAME_WORDS = 3;
  private static final int WEAK_CUE_REACH = 25;
  private static final int WEAK_CUE_NEAR = 6;
  private static final int POST_CUE_WORDS = 2;
  private static final int POST_ATTRIBUTION_WORDS = 6;
  private static final int REPORT_REACH = 8;
  private static final int ALA_REACH = 4;
  private static final int ANTECEDENT_DEPTH = 3;
  private static final char COMMA = ',';
  private static final char ARABIC_COMMA = '،';
  private static final char COLON = ':';
  private static final String SENTENCE_ENDS = ".!?؟";
  private static final Set<String> LINKERS = Set.of("و", "ثم", "او", "،", ",", "-");
  private static final String MA = "ما";
  private static final String FI = "في";
  private static final char UNDERSCORE = '_';
  private static final char SPACE = ' ';
  private static final SpeechCues.Cue SENTENCE_VERB =
      new SpeechCues.Cue(SpeechCues.Kind.VERB, false, SpeechCues.Gender.ANY);
  /** Marks an anaphoric subject that is the statement itself (وأضاف البيان). */
  private static final String STATEMENT = "statement";
  private static final int BAYNA_REACH = 6;
  private static final String BAYNA = "بين";
  private static final char HA = 'ه';
  private static final String ALLAH = "الله";
  private static final String KAMA = "كما";
  private static final Set<String> NAME_LINKS = Set.of("بن", "ابن", "ابو", "عبد", "ال", "بنت");
  private static final String QAD = "قد";
  private static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت");
  private static final char FULL_STOP = '.';
  private static final char BI = 'ب';
  private static final String BI_DEFINITE = "بال";
  private static final String AN = "عن";

  private enum Type {
    NAMED,
    ROLE_ONLY,
    ANAPHOR
  }

  /** A parsed speaker phrase: name tokens {@code [nameFrom, nameTo)} and a role text. */
  private record Subject(Type type, int nameFrom, int nameTo, String role, String firstName) {}

  private record Mention(String name, String norm, String lastWord, String role, String roleNorm,
      int position) {}

  private record Event(int tokenIndex, SpeechCues.Cue cue, int clauseFrom) {}

  private final String body;
  private final List<Token> tokens;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Attribution> history = new ArrayList<>();
  private final Set<Integer> usedCues = new HashSet<>();
  private int nextEvent;
  /** Set when the last {@link #attribute} call fell back to an antecedent. */
  private boolean anaphoric;

  /**
   * @param body the article body
   * @param statements the spans taken as quotations (their insides are not read for speakers)
   */
  SpeakerResolver(String body, List<MarkedSpan> statements) {
    this.body = body;
    this.tokens = tokensOutside(body, statements);
    collectMentionsAndEvents();
  }

  /** Attributes each quotation, in order; {@code contexts} must be in body order. */
  List<Attribution> resolve(List<QuoteContext> contexts) {
    List<Attribution> out = new ArrayList<>(contexts.size());
    Attribution previous = null;
    QuoteContext previousContext = null;
    for (QuoteContext context : contexts) {
      Attribution a = resolveOne(context, previous);
      if (!a.known() && a.cue() == null && context.wholeParagraph() && previous != null
          && previous.known() && previousContext.paragraph() == context.paragraph() - 1) {
        // a paragraph that is only a quote continues the quote of the paragraph before it
        a = new Attribution(previous.speaker(), previous.role(), null, -1, previous.gender());
      }
      out.add(a);
      previous = a;
      previousContext = context;
    }
    return out;
  }

  private Attribution resolveOne(QuoteContext context, Attribution previous) {
    MarkedSpan span = context.span();
    int preFrom = firstTokenAtOrAfter(context.preStart());
    int preTo = firstTokenAtOrAfter(span.open());
    for (int i = preTo - 1; i >= preFrom; i--) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      Optional<SpeechCues.Cue> cue = SpeechCues.lookup(t.norm());
      if (cue.isPresent() && qualifies(i, preTo, cue.get())) {
        anaphoric = false;
        Attribution before = attribute(i, cue.get(), preFrom, preTo);
        if (anaphoric) {
          Attribution after = postCue(context);
          if (after != null && after.known() && !isDocument(after.speaker())) {
            return after;
          }
        }
        return settle(before, t, i);
      }
    }
    Attribution after = postCue(context);
    if (after != null) {
      return after;
    }
    if (context.followsQuote() && previous != null && (previous.known() || onlyLinkers(preFrom, preTo))) {
      return previous;
    }
    return Attribution.UNKNOWN;
  }

  private static boolean isDocument(String speaker) {
    String first = ArabicNormalizer.normalize(speaker.split(" ")[0]);
    return SpeakerWords.DOCUMENTS.contains(first);
  }

  /** The attribution by a cue among the first words after the quote, or null. */
  private Attribution postCue(QuoteContext context) {
    MarkedSpan span = context.span();
    int postFrom = firstTokenAtOrAfter(span.after());
    int postTo = firstTokenAtOrAfter(context.postEnd());
    int words = 0;
    for (int i = postFrom; i < postTo && words < POST_ATTRIBUTION_WORDS; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (t.isQuoteMark() || t.norm().charAt(0) == COLON) {
          break;
        }
        continue;
      }
      words++;
      Optional<SpeechCues.Cue> cue = SpeechCues.lookup(t.norm());
      boolean near = words <= POST_CUE_WORDS;
      if (cue.isPresent() && cue.get().kind() != SpeechCues.Kind.PARTICIPLE
          && (near || cue.get().kind() == SpeechCues.Kind.ATTRIBUTION)) {
        return settle(attribute(i, cue.get(), i, postTo), t, i);
      }
      if (t.is(KAMA)) {
        words--;
      }
    }
    return null;
  }

  private Attribution settle(Attribution a, Token cueToken, int index) {
    applyEventsBefore(index);
    usedCues.add(index);
    Attribution withCue = a.withCue(cueToken.text(body), cueToken.start());
    if (withCue.known()) {
      history.add(withCue);
    }
    return withCue;
  }

  private boolean onlyLinkers(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!LINKERS.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code cue} at {@code index} introduces what comes before {@code limit}. */
  private boolean qualifies(int index, int limit, SpeechCues.Cue cue) {
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
    int reach = Math.min(limit, index + (bayna ? BAYNA_REACH : WEAK_CUE_REACH));
    for (int i = index + 1; i < reach; i++) {
      Token t = tokens.get(i);
      if (SpeechCues.isComplementizer(t.norm()) || !t.word() && t.norm().charAt(0) == COLON) {
        return true;
      }
    }
    return false;
  }

  /** "وبين لوك ارنال …": وبين opening a sentence before an indefinite name is the verb. */
  private boolean baynaIsAVerb(int index) {
    Token t = tokens.get(index);
    if (!t.norm().equals("و" + BAYNA) || !sentenceInitial(index) || index + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(index + 1);
    return next.word() && !SpeakerWords.isDefinite(next.norm()) && !isStop(next.norm())
        && !SpeakerWords.PLACES.contains(next.norm());
  }

  /** Attributes the cue at {@code index}; {@code [from, to)} is the context it sits in. */
  private Attribution attribute(int index, SpeechCues.Cue cue, int from, int to) {
    applyEventsBefore(index);
    return switch (cue.kind()) {
      case VERB -> {
        Subject s = subjectAfter(index + 1, to, false);
        if (s == null && index > 0 && SpeakerWords.PRONOUNS.contains(tokens.get(index - 1).norm())) {
          s = markedNameBefore(index - 1); // "… "مالكوم إكس" الذي قال"
        }
        if (s == null) {
          s = subjectBefore(from, index);
        }
        if (s == null) {
          s = clauseSubject(from, index);
        }
        yield fromSubject(s, cue.gender(), index);
      }
      case ATTRIBUTION -> fromSubject(attributed(index + 1, to), cue.gender(), index);
      case REPORT -> fromSubject(reported(index + 1, to), cue.gender(), index);
      case MANNER -> fromSubject(clauseSubject(from, index), cue.gender(), index);
      case PARTICIPLE -> antecedent(cue.gender());
    };
  }

  /** "ونقلت "فرانس برس" عن أردوغان …": the speaker follows the first عن. */
  private Subject reported(int i, int to) {
    for (int k = i; k < to && k < i + REPORT_REACH; k++) {
      if (tokens.get(k).is(AN)) {
        return subjectAfter(k + 1, to, false);
      }
    }
    return null;
  }

  private Subject attributed(int i, int to) {
    if (i >= to || !tokens.get(i).word()) {
      return null;
    }
    String n = tokens.get(i).norm();
    if (SpeakerWords.SAYING_NOUNS.contains(n)) {
      return attributed(i + 1, to);
    }
    if (n.equals(MA) || stripLam(n).equals(MA)) {
      return subjectAfter(i + 2, to, false);
    }
    if (n.equals(AN)) {
      return subjectAfter(i + 1, to, false);
    }
    if (SpeechCues.lookup(n).isPresent()) {
      return attributed(i + 1, to);
    }
    if (n.equals(String.valueOf(SpeakerWords.LAM))) {
      return subjectAfter(i + 1, to, false);
    }
    if (n.length() > 2 && n.charAt(0) == SpeakerWords.LAM) {
      return subjectAfter(i, to, true);
    }
    return subjectAfter(i, to, false);
  }

  private Attribution fromSubject(Subject s, SpeechCues.Gender gender, int index) {
    if (s == null || s.type() == Type.ANAPHOR) {
      if (s != null && STATEMENT.equals(s.role())) {
        // the verb agrees with the statement (البيان), not with who issued it
        Attribution a = antecedent(SpeechCues.Gender.ANY);
        return a.known() && gender != SpeechCues.Gender.ANY
            ? new Attribution(a.speaker(), a.role(), null, -1, gender)
            : a;
      }
      return antecedent(gender);
    }
    int position = tokens.get(index).start();
    if (s.type() == Type.ROLE_ONLY) {
      String roleNorm = ArabicNormalizer.normalize(s.role());
      Mention m = findByRole(roleNorm, position);
      if (m != null) {
        return new Attribution(m.name(), s.role(), null, -1, genderOf(gender, m.name(), s.role()));
      }
      Attribution last = history.isEmpty() ? null : history.get(history.size() - 1);
      if (last != null && last.role() != null && sameHead(roleNorm, last.role())) {
        return new Attribution(last.speaker(), s.role(), null, -1, last.gender());
      }
      m = findByRoleHead(roleNorm, position);
      if (m != null) {
        return new Attribution(m.name(), s.role(), null, -1, genderOf(gender, m.name(), s.role()));
      }
      return new Attribution(s.role(), s.role(), null, -1, genderOf(gender, s.role(), s.role()));
    }
    String name = nameText(s);
    String role = s.role();
    if (s.nameTo() - s.nameFrom() == 1) {
      Mention m = findBySurname(ArabicNormalizer.normalize(name), position);
      if (m != null) {
        name = m.name();
        role = role != null ? role : m.role();
      } else {
        String full = fullNameInBody(tokens.get(s.nameFrom()).norm(), position, true);
        full = full != null ? full : fullNameInBody(tokens.get(s.nameFrom()).norm(), position, false);
        name = full != null ? full : name;
      }
    } else {
      Mention m = findByName(ArabicNormalizer.normalize(name));
      if (m == null) {
        // "وستكرر ماي التأكيد …": a known surname followed by the verb's object
        Mention known = findBySurname(tokens.get(s.nameFrom()).norm(), position);
        if (known != null && known.norm().split(" ").length >= 2
            && known.lastWord().equals(tokens.get(s.nameFrom()).norm())) {
          name = known.name();
          m = known;
        }
      }
      if (role == null && m != null) {
        role = m.role();
      }
    }
    return new Attribution(name, role, null, -1, genderOf(gender, name, role));
  }

  private Attribution antecedent(SpeechCues.Gender gender) {
    anaphoric = true;
    for (int k = history.size() - 1; k >= 0 && k >= history.size() - ANTECEDENT_DEPTH; k--) {
      Attribution a = history.get(k);
      if (agrees(gender, a.gender())) {
        return new Attribution(a.speaker(), a.role(), null, -1, a.gender());
      }
    }
    return Attribution.UNKNOWN;
  }

  private static boolean agrees(SpeechCues.Gender cue, SpeechCues.Gender speaker) {
    return cue == SpeechCues.Gender.ANY || speaker == SpeechCues.Gender.ANY || cue == speaker;
  }

  private static SpeechCues.Gender genderOf(SpeechCues.Gender cue, String name, String role) {
    if (cue != SpeechCues.Gender.ANY) {
      return cue;
    }
    String head = ArabicNormalizer.normalize(role != null ? role : name);
    int space = head.indexOf(' ');
    String first = space < 0 ? head : head.substring(0, space);
    return first.endsWith("ه") ? SpeechCues.Gender.FEMININE : SpeechCues.Gender.MASCULINE;
  }

  private static boolean sameHead(String roleNorm, String otherRole) {
    String other = ArabicNormalizer.normalize(otherRole);
    String head = stripArticle(roleNorm.split(" ")[0]);
    return stripArticle(other.split(" ")[0]).equals(head) || other.contains(roleNorm);
  }

  private static String stripArticle(String w) {
    return SpeakerWords.isDefinite(w) ? w.substring(2) : w;
  }

  /**
   * Parses the speaker phrase starting at token {@code i}, up to {@code to}; {@code lam} strips a
   * leading لـ/لل of the first word (وفقاً للمتحدث). Returns null when there is no phrase.
   */
  private Subject subjectAfter(int i, int to, boolean lam) {
    if (i >= to || !tokens.get(i).word()) {
      return null;
    }
    String first = lam ? stripLam(tokens.get(i).norm()) : tokens.get(i).norm();
    if (SpeakerWords.PRONOUNS.contains(first)) {
      Subject marked = markedNameBefore(i);
      return marked != null ? marked : new Subject(Type.ANAPHOR, i, i, null, null);
    }
    if (SpeakerWords.STATEMENT_NOUNS.contains(first)) {
      return new Subject(Type.ANAPHOR, i, i, STATEMENT, null);
    }
    if (isStop(first)) {
      return null;
    }
    if (SpeakerWords.HONORIFICS.contains(first)) {
      return named(afterHonorific(i, to), to, null, null);
    }
    if (!SpeakerWords.isRoleHead(first) && !SpeakerWords.RANKS.contains(first)) {
      return named(i, to, null, lam ? displayWithoutLam(tokens.get(i)) : null);
    }
    boolean closed = SpeakerWords.isDefinite(first) || SpeakerWords.RANKS.contains(first);
    int j = i + 1;
    int nameStart = -1;
    int limit = Math.min(to, i + MAX_ROLE_WORDS);
    while (j < limit && (tokens.get(j).word() || markedNameAfterConnector(j, limit) > j)) {
      if (!tokens.get(j).word()) {
        j = markedNameAfterConnector(j, limit);
        closed = true;
        continue;
      }
      String n = SpeakerWords.withoutConjunction(tokens.get(j).norm());
      if (SpeakerWords.CONNECTORS.contains(n)) {
        closed = false;
      } else if (n.equals(FI) && placeFollows(j + 1, limit)) {
        closed = false;
      } else if (n.equals(Token.ALA) && closed && alaContinues(j + 1, limit)) {
        closed = false;
      } else if (isStop(n) || SpeakerWords.AUDIENCES.contains(n)) {
        break;
      } else if (SpeakerWords.RANKS.contains(n)) {
        closed = true;
      } else if (SpeakerWords.HONORIFICS.contains(n)) {
        nameStart = afterHonorific(j, to);
        break;
      } else if (n.startsWith(SpeakerWords.LAM_DEFINITE) || n.startsWith(BI_DEFINITE)) {
        closed = true;
      } else if (SpeakerWords.isDefinite(n) || SpeakerWords.PLACES.contains(n)) {
        closed = true;
      } else if (SpeakerWords.isPrepositionalInstitution(n) || lamGenitive(n, j + 1, limit)) {
        closed = false;
      } else if (SpeakerWords.isPrepositionalPlace(n)) {
        closed = true;
      } else if (closed && !prepositionFollows(j + 1, limit)) {
        nameStart = j;
        break;
      }
      j++;
    }
    String role = roleText(i, j, lam);
    if (nameStart < 0 && j < to && isComma(tokens.get(j))) {
      int a = j + 1;
      while (a < to && tokens.get(a).word() && SpeakerWords.isDefinite(tokens.get(a).norm())
          && SpeakerWords.isAdjective(tokens.get(a).norm())) {
        a++; // "رئيس الاتحاد، السويسري جياني إنفانتينو"
      }
      Subject apposition = a < to ? named(a, to, role, null) : null;
      if (apposition != null && closesApposition(apposition.nameTo(), to)
          && !SpeakerWords.isDefinite(tokens.get(a).norm())) {
        return apposition;
      }
    }
    if (nameStart < 0) {
      return new Subject(Type.ROLE_ONLY, i, i, role, null);
    }
    Subject name = named(nameStart, to, role, null);
    return name != null ? name : new Subject(Type.ROLE_ONLY, i, i, role, null);
  }

  /** "رئيس الاتحاد الدولي لكرة القدم": لـ + indefinite noun followed by a definite one. */
  private boolean lamGenitive(String n, int next, int limit) {
    return n.length() > 2 && n.charAt(0) == SpeakerWords.LAM && !n.startsWith(SpeakerWords.LAM_DEFINITE)
        && next < limit && tokens.get(next).word() && SpeakerWords.isDefinite(tokens.get(next).norm());
  }

  /** True when a لـ/بـ + institution or place word follows (بجامعة الملك عبدالعزيز بجدة). */
  private boolean prepositionFollows(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String n = tokens.get(j).norm();
    return SpeakerWords.isPrepositionalInstitution(n) || SpeakerWords.isPrepositionalPlace(n);
  }

  /**
   * After a connector (متحدث باسم "المارينز"), the index just past a marked name of at most three
   * words that opens at {@code j}; otherwise {@code j}.
   */
  private int markedNameAfterConnector(int j, int limit) {
    if (j == 0 || j >= limit || !tokens.get(j).isQuoteMark()
        || !SpeakerWords.CONNECTORS.contains(tokens.get(j - 1).norm())) {
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
   * The marked name right before a relative pronoun at {@code i} (الأميركي المسلم "مالكوم إكس"
   * الذي قال), or null.
   */
  private Subject markedNameBefore(int i) {
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

  /** The token after an honorific at {@code j}, skipping an abbreviation point (م. / د.). */
  private int afterHonorific(int j, int to) {
    int k = j + 1;
    if (k < to && !tokens.get(k).word() && tokens.get(k).norm().charAt(0) == FULL_STOP) {
      k++;
    }
    return k;
  }

  /**
   * True when على continues a role ("عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار"): a
   * noun that is no event (هامش، حسابه) and a definite word within {@value #ALA_REACH} words.
   */
  private boolean alaContinues(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String first = tokens.get(j).norm();
    if (SpeakerWords.EVENT_NOUNS.contains(first) || isStop(first) || hasPossessive(tokens.get(j))) {
      return false;
    }
    for (int k = j; k < limit && k < j + ALA_REACH && tokens.get(k).word(); k++) {
      if (SpeakerWords.isDefinite(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when a definite word or a known place follows {@code في} (السفير الروسي في بغداد). */
  private boolean placeFollows(int j, int limit) {
    if (j >= limit || !tokens.get(j).word()) {
      return false;
    }
    String n = tokens.get(j).norm();
    if (SpeakerWords.EVENT_NOUNS.contains(n)) {
      return false;
    }
    return SpeakerWords.PLACES.contains(n) || SpeakerWords.isDefinite(n) && !isStop(n)
        && !SpeakerWords.EVENT_NOUNS.contains(n.substring(2));
  }

  /**
   * A name or organisation phrase from {@code from}. Rules: at most {@value #MAX_NAME_WORDS}
   * words; it ends before a stop word, a role head, an audience (للقناة), a word with a plural
   * pronoun, and after a word with the pronoun ها; a definite word after another definite word
   * must be an adjective (وزارة الخارجية الروسية, not وزارة الخارجية الطلب).
   */
  private Subject named(int from, int to, String role, String firstDisplay) {
    if (from + 2 < to && SpeakerWords.MEDIA_NOUNS.contains(tokens.get(from).norm())
        && tokens.get(from + 1).isQuoteMark()) {
      for (int k = from + 2; k < to && k <= from + 6; k++) {
        if (tokens.get(k).isQuoteMark()) {
          return k > from + 2 ? new Subject(Type.NAMED, from + 2, k, role, null) : null;
        }
        if (!tokens.get(k).word()) {
          break;
        }
      }
    }
    int k = from;
    int limit = Math.min(to, from + MAX_NAME_WORDS);
    boolean previousDefinite = false;
    while (k < limit && tokens.get(k).word()) {
      String n = tokens.get(k).norm();
      boolean stop = isStop(n) || SpeakerWords.AUDIENCES.contains(n) || SpeakerWords.PRONOUNS.contains(n)
          || SpeakerWords.hasPluralPronoun(n) || n.startsWith(BI_DEFINITE)
          || n.startsWith(SpeakerWords.LAM_DEFINITE) && firstDisplay == null;
      if (k == from && stop) {
        return null;
      }
      if (k > from && n.equals(FI) && organisation(from) && placeFollows(k + 1, limit)) {
        // "القنصلية الإيرانية في البصرة", "بعثة الاتحاد الإفريقي في الصومال"
        k++;
        previousDefinite = false;
        continue;
      }
      boolean roleWord = SpeakerWords.isRoleHead(n) && (!SpeakerWords.isDefinite(n) || k - from >= 2);
      if (k > from && (stop || roleWord || hasPossessive(tokens.get(k))
          || previousDefinite && SpeakerWords.isDefinite(n) && !SpeakerWords.isAdjective(n))) {
        break;
      }
      previousDefinite = SpeakerWords.isDefinite(n);
      k++;
      if (SpeakerWords.hasPronoun(n)) {
        break;
      }
    }
    if (k == from) {
      return null;
    }
    if (role == null && k < to && isComma(tokens.get(k)) && k + 1 < to
        && SpeakerWords.isRoleHead(tokens.get(k + 1).norm())) {
      Subject r = subjectAfter(k + 1, to, false);
      if (r != null && r.type() == Type.ROLE_ONLY) {
        role = r.role();
      }
    }
    return new Subject(Type.NAMED, from, k, role, firstDisplay);
  }

  /** True when the phrase at {@code from} names an organisation: definite or an institution noun. */
  private boolean organisation(int from) {
    String n = tokens.get(from).norm();
    return SpeakerWords.isDefinite(n) || SpeakerWords.INSTITUTIONS.contains(n);
  }

  /** True for a word ending in the possessive pronoun ه (مشواره), not a name like عبدالله. */
  private boolean hasPossessive(Token t) {
    String text = t.text(body);
    return text.length() >= 5 && text.charAt(text.length() - 1) == HA && !t.norm().endsWith(ALLAH);
  }

  /**
   * True when a name in apposition ends properly: at a comma, a colon, a complementizer, a speech
   * cue or the end of the context ("وزير الخارجية الفلسطيني، رياض المالكي، إن").
   */
  private boolean closesApposition(int k, int to) {
    if (k >= to) {
      return true;
    }
    Token t = tokens.get(k);
    if (!t.word()) {
      return isComma(t) || t.norm().charAt(0) == COLON || t.isQuoteMark();
    }
    return SpeechCues.isComplementizer(t.norm()) || SpeechCues.lookup(t.norm()).isPresent()
        || SpeakerWords.AUDIENCES.contains(t.norm());
  }

  /**
   * SVO: the subject before the verb at {@code verb}. Rules: a short phrase (at most
   * {@value #MAX_SVO_WORDS} words, "النعمان، حذّر") opening the context; or, after وكان/كان
   * (and before قد), a longer one; or a phrase after a clause particle (إلا أن مسؤولاً محلياً،
   * طلب عدم ذكر اسمه، قال).
   */
  private Subject subjectBefore(int from, int verb) {
    int end = verb;
    while (end > from && (isComma(tokens.get(end - 1)) || tokens.get(end - 1).is(QAD))) {
      end--;
    }
    int start = from;
    int max = MAX_SVO_WORDS;
    if (start < end && KANA.contains(tokens.get(start).norm())) {
      start++;
      max = MAX_ROLE_WORDS;
    }
    if (start < end && end - start <= max && allWords(start, end)) {
      Subject s = subjectAfter(start, end, false);
      if (s != null && (s.type() == Type.ROLE_ONLY || s.nameTo() == end)) {
        return s;
      }
    }
    int p = from;
    if (p < end && !SpeakerWords.OPENING_PARTICLES.contains(tokens.get(p).norm())) {
      return null;
    }
    while (p < end && tokens.get(p).word() && SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(p).norm())) {
      p++;
    }
    if (p > from && p < end) {
      Subject s = subjectAfter(p, end, false);
      if (s != null && s.type() != Type.ANAPHOR) {
        return s;
      }
    }
    return null;
  }

  private boolean onlyParticles(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).word() || !SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  private boolean allWords(int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.word() || isStop(t.norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the clause that a subject-less verb, a participle or a manner cue continues: a
   * role-led phrase right after a clause-initial verb ("من جانبه، أبدى المهاجم خوسيه أنطونيو ريس
   * …، وقال") or opening the clause after particles only ("لكن الرئيس الأمريكي نفى …، مؤكداً").
   */
  private Subject clauseSubject(int from, int index) {
    for (int i = from + 1; i < index; i++) {
      Token t = tokens.get(i);
      Token verb = tokens.get(i - 1);
      boolean afterInitialVerb = verb.word() && !SpeakerWords.STOP_WORDS.contains(verb.norm())
          && (i - 1 == from || !tokens.get(i - 2).word()
              || SpeakerWords.CLAUSE_CONJUNCTIONS.contains(tokens.get(i - 2).norm()));
      boolean opensClause = !afterInitialVerb && onlyParticles(from, i);
      if (t.word() && afterInitialVerb && !SpeakerWords.isRoleHead(t.norm())
          && !SpeakerWords.RANKS.contains(t.norm()) && !isStop(t.norm())) {
        Subject s = subjectAfter(i, index, false);
        if (s != null && s.type() == Type.NAMED && s.role() != null) {
          // "شنت كاتي إلين، مديرة منظمة العفو الدولية …، هجوما … وقالت"
          return s;
        }
      }
      if (t.word() && (afterInitialVerb || opensClause)
          && (SpeakerWords.isRoleHead(t.norm()) || SpeakerWords.RANKS.contains(t.norm()))) {
        Subject s = subjectAfter(i, index, false);
        if (opensClause && s != null && s.type() == Type.NAMED && s.role() != null
            && findByName(ArabicNormalizer.normalize(nameText(s))) == null) {
          // "لكن الرئيس الأمريكي نفى …": the verb follows the role, so what follows is no name
          s = new Subject(Type.ROLE_ONLY, i, i, s.role(), null);
        }
        if (s != null && s.type() != Type.ANAPHOR) {
          return s;
        }
      }
    }
    return null;
  }

  private static boolean isStop(String norm) {
    return SpeakerWords.STOP_WORDS.contains(norm)
        || SpeechCues.isComplementizer(norm)
        || SpeechCues.lookup(norm).isPresent();
  }

  private static boolean isComma(Token t) {
    return !t.word() && (t.norm().charAt(0) == ARABIC_COMMA || t.norm().charAt(0) == COMMA);
  }

  private static String stripLam(String norm) {
    if (norm.startsWith(SpeakerWords.LAM_DEFINITE)) {
      return SpeakerWords.DEFINITE_ARTICLE + norm.substring(2);
    }
    return norm.length() > 2 && norm.charAt(0) == SpeakerWords.LAM ? norm.substring(1) : norm;
  }

  private String displayWithoutLam(Token t) {
    String text = t.text(body);
    if (text.startsWith("لل")) {
      return SpeakerWords.DEFINITE_ARTICLE + text.substring(2);
    }
    return text.startsWith("ل") ? text.substring(1) : text;
  }

  private String roleText(int from, int to, boolean lam) {
    if (to <= from) {
      return null;
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (!lam) {
      return body.substring(first.start(), last.end()).replace(UNDERSCORE, SPACE);
    }
    return displayWithoutLam(first) + body.substring(first.end(), last.end()).replace(UNDERSCORE, SPACE);
  }

  private String nameText(Subject s) {
    Token first = tokens.get(s.nameFrom());
    Token last = tokens.get(s.nameTo() - 1);
    if (s.firstName() != null) {
      return s.firstName() + body.substring(first.end(), last.end()).replace(UNDERSCORE, SPACE);
    }
    return body.substring(first.start(), last.end()).replace(UNDERSCORE, SPACE);
  }

  // ---- article-wide mentions (for surnames and roles) and speech events (for continuations)

  private void collectMentionsAndEvents() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      int to = sentenceEnd(i + 1);
      boolean lam = t.norm().length() > 3 && t.norm().charAt(0) == SpeakerWords.LAM
          && SpeakerWords.isRoleHead(stripLam(t.norm()));
      boolean opensClause = i == 0 || !tokens.get(i - 1).word()
          || SpeakerWords.CLAUSE_PARTICLES.contains(tokens.get(i - 1).norm());
      // a role opening its clause is followed by its verb, not by a name: not remembered
      if ((lam || SpeakerWords.isRoleHead(t.norm()) || SpeakerWords.RANKS.contains(t.norm()))
          && !(opensClause && !lam)) {
        Subject s = subjectAfter(i, to, lam);
        if (s != null && s.type() == Type.NAMED && s.role() != null && plausibleName(trimmed(s))) {
          remember(trimmed(s), t.start());
        }
      }
      Optional<SpeechCues.Cue> cue = SpeechCues.lookup(t.norm());
      boolean speechVerb = cue.isPresent() && (!cue.get().weak() || weakQualifies(i, to));
      if (!speechVerb && sentenceInitial(i) && !SpeakerWords.isDefinite(t.norm())
          && !SpeakerWords.CLAUSE_CONJUNCTIONS.contains(t.norm())
          && !SpeakerWords.STOP_WORDS.contains(t.norm())
          && !SpeakerWords.CLAUSE_PARTICLES.contains(t.norm())) {
        Subject s = sentenceSubject(i + 1, to);
        if (s != null) {
          // "وشكك جيريمي كوربين زعيم حزب العمال …": the subject of a sentence is a speaker to come
          remember(s, t.start());
          events.add(new Event(i, SENTENCE_VERB, i));
        }
      }
      if (cue.isPresent() && (cue.get().kind() == SpeechCues.Kind.REPORT
          || cue.get().kind() == SpeechCues.Kind.ATTRIBUTION)) {
        int end = sentenceEndIgnoringMarks(i + 1);
        Subject s = cue.get().kind() == SpeechCues.Kind.REPORT
            ? reported(i + 1, end) : attributed(i + 1, end);
        if (s != null && s.type() == Type.NAMED) {
          remember(trimmed(s), t.start());
        }
      }
      if (cue.isPresent() && cue.get().kind() == SpeechCues.Kind.PARTICIPLE) {
        int clauseFrom = sentenceStart(i);
        Subject s = clauseSubject(clauseFrom, i);
        if (s != null) {
          events.add(new Event(i, cue.get(), clauseFrom));
        }
      }
      if (cue.isPresent() && cue.get().kind() == SpeechCues.Kind.VERB
          && (!cue.get().weak() || weakQualifies(i, to))) {
        Subject s = subjectAfter(i + 1, to, false);
        int clauseFrom = clauseStart(i);
        if (s == null) {
          s = subjectBefore(clauseFrom, i);
        }
        if (s != null && s.type() == Type.NAMED) {
          remember(s, t.start());
        }
        if (s != null && s.type() != Type.ANAPHOR) {
          events.add(new Event(i, cue.get(), clauseFrom));
        }
      }
    }
  }

  private boolean weakQualifies(int index, int to) {
    String verb = tokens.get(index).norm();
    boolean bayna = verb.endsWith(BAYNA);
    if (bayna && baynaIsAVerb(index)) {
      return true;
    }
    int reach = Math.min(to, index + (bayna ? BAYNA_REACH : WEAK_CUE_REACH));
    for (int i = index + 1; i < reach; i++) {
      Token t = tokens.get(i);
      if (SpeechCues.isComplementizer(t.norm()) || t.is(AN)
          || !t.word() && t.norm().charAt(0) == COLON) {
        return true;
      }
      if (t.word() && SpeechCues.lookup(t.norm()).isPresent()) {
        return false;
      }
    }
    return false;
  }

  private void remember(Subject s, int position) {
    if (s.nameTo() - s.nameFrom() < 2) {
      return;
    }
    String name = nameText(s);
    String norm = ArabicNormalizer.normalize(name);
    String lastWord = norm.substring(norm.lastIndexOf(' ') + 1);
    String roleNorm = s.role() == null ? null : ArabicNormalizer.normalize(s.role());
    mentions.add(new Mention(name, norm, lastWord, s.role(), roleNorm, position));
    int k = s.nameTo();
    if (s.role() != null && appositionFollows(k)) {
      // "المستشار مرتضى منصور، رئيس مجلس إدارة نادي الزمالك": the second role is his too
      Subject r = subjectAfter(k + 1, sentenceEnd(k + 1), false);
      if (r != null && r.type() == Type.ROLE_ONLY) {
        mentions.add(new Mention(name, norm, lastWord, r.role(),
            ArabicNormalizer.normalize(r.role()), position));
      }
    }
  }

  /**
   * True for a name of at most {@value #MAX_SENTENCE_NAME_WORDS} words, or a longer one joined
   * by بن/آل/أبو/عبد (خالد بن أحمد آل خليفة); longer runs found without a speech verb are mostly
   * a name followed by the verb's object.
   */
  private boolean plausibleName(Subject s) {
    if (s.nameTo() - s.nameFrom() <= MAX_SENTENCE_NAME_WORDS) {
      return true;
    }
    for (int k = s.nameFrom(); k < s.nameTo(); k++) {
      if (NAME_LINKS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} opens a sentence or a paragraph. */
  private boolean sentenceInitial(int i) {
    if (i == 0) {
      return true;
    }
    Token previous = tokens.get(i - 1);
    if (previous.word() && SpeakerWords.CLAUSE_CONJUNCTIONS.contains(previous.norm())) {
      // "وقد التقى المالكي …": the verb after an opening وقد
      return sentenceInitial(i - 1);
    }
    return !previous.word() && SENTENCE_ENDS.indexOf(previous.norm().charAt(0)) >= 0
        || body.indexOf('\n', previous.end()) >= 0 && body.indexOf('\n', previous.end()) < tokens.get(i).start();
  }

  /**
   * The subject right after a sentence-initial verb, when it is clearly a person with a role:
   * role + name, or name + role (جيريمي كوربين زعيم حزب …); the name has at most three words,
   * none after the first with a preposition (التقى المالكي بفاتو …). Null otherwise.
   */
  private Subject sentenceSubject(int i, int to) {
    Subject s = subjectAfter(i, to, false);
    if (s == null || s.type() != Type.NAMED) {
      return null;
    }
    s = trimmed(s);
    for (int k = s.nameFrom() + 1; k < s.nameTo(); k++) {
      char c = tokens.get(k).norm().charAt(0);
      if (c == BI || c == SpeakerWords.LAM) {
        s = new Subject(s.type(), s.nameFrom(), k, s.role(), s.firstName());
        break;
      }
    }
    if (s.nameTo() - s.nameFrom() > MAX_SENTENCE_NAME_WORDS) {
      return null;
    }
    if (s.role() != null) {
      return s;
    }
    String norm = ArabicNormalizer.normalize(nameText(s));
    String last = norm.substring(norm.lastIndexOf(' ') + 1);
    Mention known = findBySurname(last, tokens.get(s.nameFrom()).start());
    boolean knownSurname = s.nameTo() - s.nameFrom() == 1 && known != null
        && known.lastWord().equals(last) && known.position() < tokens.get(s.nameFrom()).start();
    if (knownSurname || s.nameTo() - s.nameFrom() >= 2 && namedBefore(s.nameFrom(), s.nameTo())) {
      // "والتحق ديفيد غرين بصالة …": a person the article already named in full
      return s;
    }
    if (s.nameTo() < to && SpeakerWords.isRoleHead(tokens.get(s.nameTo()).norm())) {
      Subject r = subjectAfter(s.nameTo(), to, false);
      String role = r != null && r.type() == Type.ROLE_ONLY ? r.role() : null;
      return new Subject(s.type(), s.nameFrom(), s.nameTo(), role, s.firstName());
    }
    return null;
  }

  /** True when the words {@code [from, to)} occur earlier in the body in the same order. */
  private boolean namedBefore(int from, int to) {
    int length = to - from;
    for (int k = 0; k + length <= from; k++) {
      boolean same = true;
      for (int d = 0; d < length && same; d++) {
        same = tokens.get(k + d).norm().equals(tokens.get(from + d).norm());
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** The next sentence end from {@code from}, reading past quotation marks. */
  private int sentenceEndIgnoringMarks(int from) {
    int i = from;
    while (i < tokens.size()
        && (tokens.get(i).word() || SENTENCE_ENDS.indexOf(tokens.get(i).norm().charAt(0)) < 0)) {
      i++;
    }
    return i;
  }

  /** Index just after the last sentence end before {@code index}. */
  private int sentenceStart(int index) {
    int i = index;
    while (i > 0) {
      Token t = tokens.get(i - 1);
      if (!t.word() && (SENTENCE_ENDS.indexOf(t.norm().charAt(0)) >= 0 || t.isQuoteMark())) {
        break;
      }
      i--;
    }
    return i;
  }

  /**
   * A mention found without a speech verb, cut where its verb's object likely starts: after two
   * indefinite words a definite one ("لازلو بولوني | التتويج").
   */
  private Subject trimmed(Subject s) {
    int to = s.nameTo();
    for (int k = s.nameFrom() + 2; k < s.nameTo(); k++) {
      if (SpeakerWords.isDefinite(tokens.get(k).norm()) && !tokens.get(k).is(ALLAH)
          && !SpeakerWords.isDefinite(tokens.get(k - 1).norm())
          && !SpeakerWords.isDefinite(tokens.get(k - 2).norm())) {
        to = k;
        break;
      }
    }
    if (to - s.nameFrom() > 2 && !namedBefore(s.nameFrom(), to)) {
      for (int k = to - 1; k >= s.nameFrom() + 2; k--) {
        if (namedBefore(s.nameFrom(), k)) {
          to = k; // "المهاجم سامر سالم | عقد انتقاله": the name as given before
          break;
        }
      }
    }
    return new Subject(s.type(), s.nameFrom(), to, s.role(), s.firstName());
  }

  /** Index just after the last punctuation token before {@code index} (its clause start). */
  private int clauseStart(int index) {
    int i = index;
    while (i > 0 && tokens.get(i - 1).word()) {
      i--;
    }
    return i;
  }

  private int sentenceEnd(int from) {
    int i = from;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      boolean abbreviation = i > 0 && tokens.get(i - 1).word()
          && (tokens.get(i - 1).norm().length() == 1
              || i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).word());
      if (!t.word() && (SENTENCE_ENDS.indexOf(t.norm().charAt(0)) >= 0 && !abbreviation
          || t.isQuoteMark())) {
        break;
      }
      i++;
    }
    return i;
  }

  private void applyEventsBefore(int tokenIndex) {
    while (nextEvent < events.size() && events.get(nextEvent).tokenIndex() < tokenIndex) {
      Event e = events.get(nextEvent++);
      if (usedCues.contains(e.tokenIndex())) {
        continue;
      }
      int to = sentenceEnd(e.tokenIndex() + 1);
      Subject s;
      if (e.cue() == SENTENCE_VERB) {
        s = sentenceSubject(e.tokenIndex() + 1, to);
      } else if (e.cue().kind() == SpeechCues.Kind.PARTICIPLE) {
        s = clauseSubject(e.clauseFrom(), e.tokenIndex());
      } else {
        s = subjectAfter(e.tokenIndex() + 1, to, false);
        if (s == null) {
          s = subjectBefore(e.clauseFrom(), e.tokenIndex());
        }
      }
      Attribution a = fromSubject(s, e.cue().gender(), e.tokenIndex());
      if (a.known()) {
        history.add(a);
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
  private String fullNameInBody(String word, int position, boolean asOrganisation) {
    int end = firstTokenAtOrAfter(position);
    boolean definite = SpeakerWords.isDefinite(word);
    if (asOrganisation && !definite) {
      return null;
    }
    String bare = definite ? word.substring(2) : null;
    for (int k = 0; k < end; k++) {
      Token t = tokens.get(k);
      if (!t.word()) {
        continue;
      }
      if (asOrganisation && (t.is(word) || t.is(bare) || t.norm().equals("و" + bare))) {
        Subject org = named(k, sentenceEnd(k + 1), null, null);
        if (org != null) {
          org = withoutPrepositionalTail(org);
        }
        if (org != null && org.nameTo() - org.nameFrom() >= 2) {
          return t.norm().equals("و" + bare)
              ? t.text(body).substring(1) + body.substring(t.end(), tokens.get(org.nameTo() - 1).end())
              : nameText(org);
        }
      } else if (!asOrganisation && t.is(word) && k > 0 && isGivenName(k - 1)
          && (k >= 2 && opensName(tokens.get(k - 2)) || k + 1 < tokens.size() && isComma(tokens.get(k + 1)))) {
        int first = k - 1;
        while (first > 0 && isGivenName(first - 1)
            && (NAME_LINKS.contains(tokens.get(first - 1).norm())
                || NAME_LINKS.contains(tokens.get(first).norm())
                || first >= 2 && opensName(tokens.get(first - 2)))
            && k - first < MAX_NAME_WORDS - 1) {
          first--;
        }
        return body.substring(tokens.get(first).start(), t.end());
      }
    }
    return null;
  }

  /** The phrase cut before its first later word with a بـ prefix (صحيفة جمهوريت | بتهم). */
  private Subject withoutPrepositionalTail(Subject s) {
    for (int k = s.nameFrom() + 1; k < s.nameTo(); k++) {
      String n = tokens.get(k).norm();
      if (n.charAt(0) == BI && !NAME_LINKS.contains(n)) {
        return new Subject(s.type(), s.nameFrom(), k, s.role(), s.firstName());
      }
    }
    return s;
  }

  /** True when "، role …" follows (قيس الخزعلي، أمين عام …). */
  private boolean appositionFollows(int k) {
    return k + 1 < tokens.size() && isComma(tokens.get(k))
        && SpeakerWords.isRoleHead(tokens.get(k + 1).norm());
  }

  private boolean isGivenName(int k) {
    Token t = tokens.get(k);
    if (!t.word()) {
      return false;
    }
    String n = t.norm();
    return !isStop(n) && !SpeakerWords.isRoleHead(n) && !SpeakerWords.RANKS.contains(n)
        && !SpeakerWords.HONORIFICS.contains(n) && (!SpeakerWords.isDefinite(n) || n.equals("الله"))
        && !SpeakerWords.PLACES.contains(n) && n.length() > 1;
  }

  private static boolean opensName(Token t) {
    String n = t.norm();
    return isComma(t) || SpeakerWords.isDefinite(n) || SpeakerWords.isRoleHead(n)
        || SpeakerWords.RANKS.contains(n) || SpeakerWords.HONORIFICS.contains(n);
  }

  private Mention findBySurname(String word, int position) {
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

  private Mention findByName(String norm) {
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
  private Mention findByRoleHead(String roleNorm, int position) {
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

  private Mention findByRole(String roleNorm, int position) {
    Mention after = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (roleNorm.equals(m.roleNorm())) {
        if (m.position() < position) {
          return m;
        }
        after = after == null ? m : after;
      }
    }
    return after;
  }

  private int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static List<Token> tokensOutside(String body, List<MarkedSpan> statements) {
    List<Token> out = new ArrayList<>();
    int from = 0;
    for (MarkedSpan s : statements) {
      out.addAll(Token.split(body, from, s.innerStart()));
      from = s.innerEnd();
    }
    out.addAll(Token.split(body, from, body.length()));
    return out;
  }
}
