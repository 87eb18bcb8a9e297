package org.naba.text;

/**
 * Arabic letters and marks by their Unicode names (as Lucene's {@code ArabicNormalizer} names
 * them), for code that tests one character: a conjunction و, a preposition ل or ب, a feminine ة.
 * Words and affixes of more than one letter are not here: they belong to the rule that uses them,
 * or to a word list ({@link Lexicon}).
 */
public final class ArabicLetters {

  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char SEEN = '\u0633';
  public static final char TATWEEL = '\u0640';
  public static final char FEH = '\u0641';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  public static final char HIGH_HAMZA_ALEF = '\u0675';
  public static final char KEHEH = '\u06A9';
  public static final char SWASH_KAF = '\u06AA';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_YEH_ABOVE = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_E = '\u06D0';
  public static final char AE = '\u06D5';

  private ArabicLetters() {}
}
