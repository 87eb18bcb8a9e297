package org.naba.quotes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.text.ArabicNormalizer;
import org.naba.text.Lexicon;

/**
 * The stretch of an article to show for a quote: the quote itself, or, when it completes a reported
 * clause ("وأكد أن أوزيل، لم يكن "على الإطلاق ضحية للعنصرية""), that clause from the word after its
 * complementizer through the closing mark. The words outside the marks may carry the statement's
 * negation or subject: «على الإطلاق ضحية للعنصرية» alone says the opposite of what was said.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The quote must open with a quotation mark, and the clause is read back from it within its
 *       sentence: a full stop, question mark, colon, line break or another quotation mark ends the
 *       search.
 *   <li>The clause opens after the last complementizer (أن، إن، بأن …) of the last {@value
 *       #MAX_LEAD_WORDS} words before the mark, when words stand between the two ("قال إن "…"" has
 *       none: the quote is shown as it is).
 *   <li>A clause shown takes the closing mark right after the quote, so its marks pair up.
 * </ul>
 */
public final class QuoteClause {

  /** Words of a clause before a partial quote, at most: more is a sentence of its own. */
  static final int MAX_LEAD_WORDS = 12;

  /** How far back the clause is looked for, in characters. */
  private static final int LOOK_BACK = 300;

  private static final String MARKS = "\"“”«»„";
  private static final String BOUNDARIES = ".!?؟:\n" + MARKS;
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]");

  /** Characters of the longest complementizer as written, with diacritics and a comma (وبأنه،). */
  private static final int LONGEST_COMPLEMENTIZER = 12;

  private static final Set<String> COMPLEMENTIZERS = Lexicon.words("complementizers");

  /** Where a stretch of the article starts and ends (end exclusive). */
  record Stretch(int start, int end) {}

  private QuoteClause() {}

  /** The text of {@code body} to show for the quote that spans {@code start}–{@code end}. */
  public static String text(String body, int start, int end) {
    Stretch shown = of(body, start, end);
    return body.substring(shown.start(), shown.end());
  }

  /** The stretch of {@code body} to show for the quote that spans {@code start}–{@code end}. */
  static Stretch of(String body, int start, int end) {
    int mark = start - 1;
    while (mark >= 0 && Character.isWhitespace(body.charAt(mark))) {
      mark--;
    }
    if (mark < 0 || MARKS.indexOf(body.charAt(mark)) < 0) {
      return new Stretch(start, end);
    }
    int from = mark;
    while (from > 0 && from > mark - LOOK_BACK && BOUNDARIES.indexOf(body.charAt(from - 1)) < 0) {
      from--;
    }
    Matcher words = WORD.matcher(body).region(from, mark);
    int clause = -1;
    int wordsAfter = 0;
    while (words.find()) {
      if (words.end() - words.start() <= LONGEST_COMPLEMENTIZER
          && COMPLEMENTIZERS.contains(
              NOT_LETTERS.matcher(ArabicNormalizer.normalize(words.group())).replaceAll(""))) {
        clause = words.end();
        wordsAfter = 0;
      } else {
        wordsAfter++;
      }
    }
    if (clause < 0 || wordsAfter == 0 || wordsAfter > MAX_LEAD_WORDS) {
      return new Stretch(start, end);
    }
    int clauseStart = clause;
    while (clauseStart < mark && Character.isWhitespace(body.charAt(clauseStart))) {
      clauseStart++;
    }
    int close = end;
    if (close < body.length() && MARKS.indexOf(body.charAt(close)) >= 0) {
      close++;
    }
    return new Stretch(clauseStart, close);
  }
}
