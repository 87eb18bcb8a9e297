package org.naba.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words with which a question names the kind of answer it wants rather than its topic: "ما
 * <b>اسم</b> …", "ما <b>عدد</b> …", "ما <b>نوع</b> …", "ما <b>سبب</b> …", "<b>اذكر</b> …". The
 * sentence that answers seldom repeats them (it gives the name, the number, the reason), so they
 * should weigh less than the question's topic words. A pure function of the {@link
 * ArabicNormalizer} form of one word.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A word is a frame word when its {@link ArabicLightStemmer} stem is the stem of one of
 *       {@link #FRAME_WORDS}: nouns of kind (اسم اسماء نوع انواع شيء اشياء شخص اشخاص احد), of
 *       quantity and cause (عدد سبب اسباب), of naming (يسمى تسمى سمي يطلق مصطلح), and the verbs of
 *       a request or of a bare event (اعط اذكر حدث قام) and موجود.
 *   <li>Any other word is not.
 * </ul>
 */
public final class ArabicQuestionFrame {

  /** The frame words, in normal form. */
  public static final Set<String> FRAME_WORDS = Lexicon.words("frame-words");

  private static final Set<String> FRAME_STEMS =
      FRAME_WORDS.stream().map(ArabicLightStemmer::stem).collect(Collectors.toUnmodifiableSet());

  private ArabicQuestionFrame() {}

  /** True when {@code normalizedWord} is a frame word (compared by its light stem). */
  public static boolean isFrameWord(String normalizedWord) {
    return FRAME_STEMS.contains(ArabicLightStemmer.stem(normalizedWord));
  }

  /** True when {@code stem}, a light stem, is the stem of a frame word. */
  public static boolean isFrameStem(String stem) {
    return FRAME_STEMS.contains(stem);
  }
}
