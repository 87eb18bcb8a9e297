package org.naba.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The lines a news site prints around its articles, which are not the article's statements: a link
 * to the story that repeats its title ("رابط الخبر بصحيفة الوئام: …"), a subscription offer, a
 * disclaimer, a "read also" link to another article, and a wire dateline ("جدة 25 شوال 1436 هـ
 * الموافق 10 أغسطس 2015 م واس"). Such a sentence answers nothing and is never a search unit.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A sentence whose first words are an opening of {@value #OPENINGS_RESOURCE} is furniture.
 *   <li>A dateline: at most {@value #DATELINE_WORDS} words, one of them الموافق (the Hijri date
 *       "corresponding to" the Gregorian), the last an agency of {@code dateline-agencies}.
 * </ul>
 */
public final class SiteFurniture {

  /** The longest dateline line: a place, two dates and the agency. */
  static final int DATELINE_WORDS = 12;

  /** The characters read of a sentence: more than any opening or dateline holds. */
  static final int HEAD = 160;

  /** The word that joins the Hijri and the Gregorian dates of a dateline. */
  private static final String CORRESPONDING = "الموافق";

  /** The openings, one a line as articles write them ({@code #} starts a comment line). */
  static final String OPENINGS_RESOURCE = "site-furniture.txt";

  private static final List<List<String>> OPENINGS = openings();
  private static final Set<String> AGENCIES = Lexicon.words("dateline-agencies");

  private SiteFurniture() {}

  private static List<List<String>> openings() {
    try (InputStream in = SiteFurniture.class.getResourceAsStream(OPENINGS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource org/naba/text/" + OPENINGS_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(ArabicNormalizer::words)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/naba/text/" + OPENINGS_RESOURCE, e);
    }
  }

  /**
   * Whether {@code sentence} is a line of the site's furniture rather than of the article. Only its
   * first {@value #HEAD} characters are read: every sentence of every article passes here when it
   * is indexed, and an opening or a whole dateline is shorter.
   */
  public static boolean is(String sentence) {
    boolean whole = sentence.length() <= HEAD;
    List<String> words = ArabicNormalizer.words(whole ? sentence : sentence.substring(0, HEAD));
    if (words.isEmpty()) {
      return false;
    }
    for (List<String> opening : OPENINGS) {
      if (words.size() >= opening.size() && words.subList(0, opening.size()).equals(opening)) {
        return true;
      }
    }
    return whole
        && words.size() <= DATELINE_WORDS
        && words.contains(CORRESPONDING)
        && AGENCIES.contains(words.get(words.size() - 1));
  }
}
