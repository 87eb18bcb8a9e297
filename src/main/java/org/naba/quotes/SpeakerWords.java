package org.naba.quotes;

import static org.naba.text.ArabicLetters.BEH;
import static org.naba.text.ArabicLetters.FEH;
import static org.naba.text.ArabicLetters.LAM;
import static org.naba.text.ArabicLetters.WAW;

import java.util.Set;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;
import org.naba.text.PlaceNames;

/**
 * Word classes used to read a speaker phrase. All sets hold normalised words ({@link
 * ArabicNormalizer#normalize}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A role head (المتحدث، وزير، رئيس …) starts a role; the role runs through its genitive chain
 *       until a definite word, then through definite adjectives; the first indefinite word after
 *       that starts the name ("المتحدث باسم جهاز مكافحة الارهاب | صباح النعمان").
 *   <li>A connector (باسم) reopens the chain; a rank (اللواء) belongs to the role and closes it; an
 *       honorific (الشيخ، الدكتور) belongs to neither and starts the name.
 *   <li>A stop word (prepositions, complementizers, time words, relative pronouns) ends the speaker
 *       phrase.
 * </ul>
 */
final class SpeakerWords {

  static final String DEFINITE_ARTICLE = "ال";
  static final String LAM_DEFINITE = "لل";

  /** Nouns that head a role (المتحدث، وزير، رئيس، المشرف …): the role runs on from them. */
  static final Set<String> ROLE_HEADS = Lexicon.words("role-heads");

  /** Ranks and kin nouns that belong to the role and close it (اللواء، الأمير، زوجته). */
  static final Set<String> RANKS = Lexicon.words("ranks");

  /** Honorifics that belong to neither role nor name (الشيخ، الدكتور، الزميل، سماحة). */
  static final Set<String> HONORIFICS = Lexicon.words("honorifics");

  static final Set<String> CONNECTORS = Lexicon.words("role-connectors");

  /** Pronouns and anaphoric words that refer back to a speaker (الذي، هو، بدوره، الأخير). */
  static final Set<String> PRONOUNS = Lexicon.words("anaphors");

  /**
   * Words that end a speaker phrase: prepositions, complementizers, time words, statement nouns.
   */
  static final Set<String> STOP_WORDS = Lexicon.words("speaker-stop-words");

  /**
   * Words that join the parts of one name (خالد بن أحمد آل خليفة، نصر الله، نور الدين، روبن فان
   * بيرسي، ستيفان دي ميستورا).
   */
  static final Set<String> NAME_LINKS = Lexicon.words("name-links");

  /**
   * Words of lineage that join an Arabic name (بن، أبو، آل، عبد): a part of {@link #NAME_LINKS}.
   */
  static final Set<String> LINEAGE_LINKS = Lexicon.words("lineage-links");

  /**
   * Prepositions as written (على, not the name علي): a name or a description does not end with one.
   */
  static final Set<String> PREPOSITIONS_AS_WRITTEN = Lexicon.words("prepositions-as-written");

  /** {@link #PREPOSITIONS_AS_WRITTEN} normalised (so علي is one too). */
  static final Set<String> PREPOSITIONS =
      Lexicon.frozen(PREPOSITIONS_AS_WRITTEN.stream().map(ArabicNormalizer::normalize).toList());

  /** Unnamed speakers that an article first describes, then calls by the definite noun. */
  static final Set<String> SOURCE_NOUNS = Lexicon.words("source-nouns");

  /**
   * Words that look like و/ف + a stop word but are read as before: a title (ولي العهد), a name
   * particle (روبن فان بيرسي; فإن normalises alike) or a verb as well as a preposition (وعبر بيتر
   * جيليرون عن ندمه).
   */
  static final Set<String> CONJOINED_EXCEPTIONS = Lexicon.words("conjoined-exceptions");

  /** Statements an organisation issues (في بيان نشرته الوزارة، في تغريدة كتبها …). */
  static final Set<String> ISSUED_STATEMENTS = Lexicon.words("issued-statements");

  /** Ordinals that make a title of an honorific (السيدة الأولى). */
  static final Set<String> ORDINALS = Lexicon.words("ordinals");

  /**
   * Quantifiers that open no name (لم تعلن أي جهة مسؤوليتها، كل الإيرانيين), as written:
   * normalised, أي would also be the name آي.
   */
  static final Set<String> QUANTIFIERS = Lexicon.words("quantifiers-as-written");

  /** Relative pronouns: a verb after them describes the noun before them. */
  static final Set<String> RELATIVE_PRONOUNS = Lexicon.words("relative-pronouns");

  /** Stop words that are verbs opening a clause (رفض الرئيس الإيراني …، متسائلا). */
  static final Set<String> VERBS_AMONG_STOP_WORDS = Lexicon.words("stop-word-verbs");

  /** Time nouns that follow a verb as its adverb (أعلن الشهر الماضي), never its subject. */
  static final Set<String> TIME_NOUNS = Lexicon.words("adverbial-time-nouns");

  /** Addressees after a verb (للصحفيين، لفرانس): never the speaker. */
  static final Set<String> AUDIENCES = Lexicon.words("audiences");

  /**
   * Roles held for a client (محامي، وكيل): after one and a client's noun, a name is the client's
   * (محامي النجم البرتغالي كريستيانو رونالدو).
   */
  static final Set<String> CLIENT_HEADS = Lexicon.words("client-role-heads");

  /** Nouns of the people a lawyer or an agent acts for (اللاعب، النجم، المتهم). */
  static final Set<String> CLIENTS = Lexicon.words("client-nouns");

  /** Places: a role goes on over في + place (السفير الروسي في بغداد). */
  static final Set<String> PLACES = Lexicon.words("place-words");

  /**
   * The gazetteer's one-word places ({@link PlaceNames}), which end a role, behind بـ or لـ or not
   * (المتحدث بهيئة الهلال الأحمر بجازان | بيشي الصرخي، رئيس وزراء ماليزيا | نجيب عبد الرزاق) but,
   * unlike {@link #PLACES}, are not kept out of names: عمان and المدينة are names too.
   */
  private static final Set<String> GAZETTEER_PLACES = PlaceNames.bundled().oneWordSpellings();

  /** Nouns before a marked name of a thing (صحيفة، عملية، كتاب، هامش …): such a span is a name. */
  static final Set<String> NAMING_NOUNS = Lexicon.words("naming-nouns");

  /** Event nouns after في/على that end a role (على هامش، في مؤتمر). */
  static final Set<String> EVENT_NOUNS = Lexicon.words("event-nouns");

  /** Adjectives that are not nisba forms but follow a definite noun in names (المتحدة). */
  static final Set<String> ADJECTIVES = Lexicon.words("name-adjectives");

  /** Particles that may open a clause before its subject (إلا أن مسؤولاً محلياً … قال). */
  static final Set<String> CLAUSE_PARTICLES = Lexicon.words("clause-particles");

  /** Particles that open a clause whose subject comes before its verb (not a bare أن). */
  static final Set<String> OPENING_PARTICLES = Lexicon.words("opening-particles");

  /** Documents an attribution may cite (وفقاً لأوراق المحكمة): sources, not speakers. */
  static final Set<String> DOCUMENTS = Lexicon.words("documents");

  /** Conjunctions that may stand before a clause-initial verb (فيما حاول الرئيس …). */
  static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.words("clause-conjunctions");

  /** Nouns naming media whose marked name is the speaker (مجلة «فرانس فوتبول»). */
  static final Set<String> MEDIA_NOUNS = Lexicon.words("media-nouns");

  /** Nouns for a saying after an attribution (حسب قول المسؤول، وفقاً لرواية …). */
  static final Set<String> SAYING_NOUNS = Lexicon.words("saying-nouns");

  /** Words that introduce a title of any length (مؤتمرا بعنوان "…"، تحت شعار "…"). */
  static final Set<String> TITLE_NOUNS = Lexicon.words("title-nouns");

  /** Prepositions after which a short span is a name (العضو في "الجمعية الإسلامية اللبنانية"). */
  static final Set<String> NAME_PREPOSITIONS = Lexicon.words("name-prepositions");

  /** Prepositions after which a span without cue or speaker is a topic (يتحدث عن "…"). */
  static final Set<String> TOPIC_PREPOSITIONS = Lexicon.words("topic-prepositions");

  /** Nouns for a statement itself (وأضاف البيان): the speaker is whoever issued it. */
  static final Set<String> STATEMENT_NOUNS = Lexicon.words("statement-nouns");

  /** Nouns of institutions that a role names with لـ/بـ (أستاذ … بجامعة، الأمين العام لحزب). */
  static final Set<String> INSTITUTIONS = Lexicon.words("institutions");

  /** Organisation nouns besides {@link #INSTITUTIONS} and {@link #MEDIA_NOUNS} (الحلف). */
  private static final Set<String> ORGANISATION_NOUNS = Lexicon.words("organisation-nouns");

  private SpeakerWords() {}

  /** True for a place word or a place of the gazetteer (رئيس وزراء ماليزيا | نجيب عبد الرزاق). */
  static boolean isPlace(String norm) {
    return PLACES.contains(norm) || GAZETTEER_PLACES.contains(norm);
  }

  /** True for لـ/بـ + a known place (بجدة، لبغداد، بجازان). */
  static boolean isPrepositionalPlace(String norm) {
    return norm.length() >= 4
        && (norm.charAt(0) == LAM || norm.charAt(0) == BEH)
        && isPlace(norm.substring(1));
  }

  /** True for لـ/بـ + an institution noun (لحزب، بجامعة، لشؤون). */
  static boolean isPrepositionalInstitution(String norm) {
    if (norm.length() < 4 || (norm.charAt(0) != LAM && norm.charAt(0) != BEH)) {
      return false;
    }
    return INSTITUTIONS.contains(norm.substring(1));
  }

  /** True for a nisba adjective (-ي, -ية) or one of {@link #ADJECTIVES}. */
  static boolean isAdjective(String norm) {
    return norm.endsWith("ي") || norm.endsWith("يه") || ADJECTIVES.contains(norm);
  }

  /** True when the word carries a plural object pronoun (سعيهم) and cannot be part of a name. */
  static boolean hasPluralPronoun(String norm) {
    return norm.length() > 4
        && (norm.endsWith("هم") || norm.endsWith("هما") || norm.endsWith("كم"));
  }

  /** True when the word ends in the pronoun ها (خارجيتها): a name may end with it, not go on. */
  static boolean hasPronoun(String norm) {
    return norm.length() > 4 && norm.endsWith("ها");
  }

  /** True for a stop word behind the conjunction و or ف (وحول، وفي، فمن). */
  static boolean isConjoinedStopWord(String norm) {
    return norm.length() > 2
        && !isRoleHead(norm)
        && !CONJOINED_EXCEPTIONS.contains(norm)
        && (norm.charAt(0) == WAW || norm.charAt(0) == FEH)
        && STOP_WORDS.contains(norm.substring(1));
  }

  /** The word without a conjunction و before the article (والتراث → التراث). */
  static String withoutConjunction(String norm) {
    return norm.length() > 4 && norm.charAt(0) == WAW && norm.startsWith("ال", 1)
        ? norm.substring(1)
        : norm;
  }

  /**
   * True for a noun of an organisation that an article names in full and then calls by the noun
   * (الحلف → حلف شمال الأطلسي): an institution, a medium or one of {@code organisation-nouns}, but
   * no honorific, rank or role.
   */
  static boolean isOrganisationNoun(String bare) {
    String definite = DEFINITE_ARTICLE + bare;
    if (HONORIFICS.contains(definite) || RANKS.contains(definite) || isRoleHead(definite)) {
      return false;
    }
    return INSTITUTIONS.contains(bare)
        || MEDIA_NOUNS.contains(bare)
        || ORGANISATION_NOUNS.contains(bare);
  }

  static boolean isDefinite(String norm) {
    return norm.length() > 3 && norm.startsWith(DEFINITE_ARTICLE);
  }

  static boolean isRoleHead(String norm) {
    return ROLE_HEADS.contains(norm);
  }
}
