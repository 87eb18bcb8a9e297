package org.naba.text;

/**
 * Whether two normalised words are one name under two transliterations (نتنياهو / نتانياهو, غوتيرس
 * / غوتيريس), strictly enough that two people's names do not meet: a wrong speaker is worse than a
 * missing one.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Equal words are the same name.
 *   <li>Otherwise the longer word must be the shorter with one more long-vowel letter (ا و ي)
 *       inside it, neither first nor last: a last ي makes another name (سليمان / سليماني), and a
 *       changed letter does too (العبادي / العبيدي). A last ا after a last و is the one exception:
 *       the silent alef some outlets write after it (باركيندو / باركيندوا).
 *   <li>The shorter word must have {@value #MIN_LETTERS} letters or more, its article ال not
 *       counted: short names differ by one vowel letter and are still others (محمد / محمود, الأحمر
 *       / الأحيمر).
 * </ul>
 *
 * <p>A surname after the same given name may be shorter ({@link #sameSurname}): دونالد ترمب and
 * دونالد ترامب, فلاديمير بوتن and فلاديمير بوتين are one person each.
 */
public final class NameSpellings {

  static final int MIN_LETTERS = 6;

  /** The shortest given name that another spelling of it may have (جيرمي / جيريمي). */
  public static final int MIN_GIVEN_NAME_LETTERS = 5;

  /** The shortest surname that another spelling of the same full name may have (ترمب). */
  static final int MIN_SURNAME_LETTERS = 4;

  private static final String LONG_VOWELS = "اوي";
  private static final String SILENT_ALEF_AFTER_WAW = "وا";

  private NameSpellings() {}

  public static boolean same(String a, String b) {
    return oneVowelApart(a, b, MIN_LETTERS);
  }

  /**
   * Whether two surnames are one under two transliterations when the rest of the name is the same:
   * as {@link #same}, but from {@value #MIN_SURNAME_LETTERS} letters (ترمب / ترامب). The caller
   * checks the rest of the name, and that neither word is a given name (محمد / محمود).
   */
  public static boolean sameSurname(String a, String b) {
    return oneVowelApart(a, b, MIN_SURNAME_LETTERS);
  }

  /**
   * Whether two given names are one under two transliterations: as {@link #same}, but from {@value
   * #MIN_GIVEN_NAME_LETTERS} letters (جيرمي / جيريمي، تريزا / تيريزا). Arabic given names of that
   * length may be two (سلمان / سليمان): the caller checks that they are not.
   */
  public static boolean sameGivenName(String a, String b) {
    return oneVowelApart(a, b, MIN_GIVEN_NAME_LETTERS);
  }

  private static boolean oneVowelApart(String a, String b, int minLetters) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() != shorter.length() + 1
        || Proclitics.withoutArticle(shorter).length() < minLetters) {
      return false;
    }
    if (longer.endsWith(SILENT_ALEF_AFTER_WAW) && longer.startsWith(shorter)) {
      return true;
    }
    int i = 0; // the first difference: where the longer has its extra letter
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return i > 0
        && i < longer.length() - 1
        && LONG_VOWELS.indexOf(longer.charAt(i)) >= 0
        && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
  }
}
