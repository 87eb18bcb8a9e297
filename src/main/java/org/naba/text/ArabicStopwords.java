package org.naba.text;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Arabic words that carry no topic: function words, and the interrogatives that open questions.
 * Every word is in {@link ArabicNormalizer} form, so look words up after normalising them.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@link #FUNCTION_WORDS}: prepositions, conjunctions, pronouns, demonstratives, relatives
 *       and auxiliaries (the list Lucene's Arabic analyzer uses, normalised, and a few more).
 *   <li>{@link #QUESTION_WORDS}: ماذا ما من متى اين كم كيف لماذا هل اي and their common compounds
 *       and spellings (ماهو, ماهي, لما, بماذا, كيفيه).
 *   <li>{@link #isStopword} is true for either.
 * </ul>
 */
public final class ArabicStopwords {

  public static final Set<String> FUNCTION_WORDS =
      words(
          "فان او اي لها كما انت وان حيث خلال تكون وما في هناك التي به منها عن ا انه تلك وهي قد"
              + " ومن بان وكان فيه ف بعض و كان حتى الذين هذا نحو ب الا اذا بعد كل لا بين اما الي"
              + " انها وفي ايضا ثم فيها علي لك الان لم لن فما فان جميع هي وكانت مع هذه عند عندما"
              + " عليه وكل ولا ذلك وهو منذ بها لدي عليها ولم ان وان له الذي قبل هو فهو فهي بينما"
              + " كانت غير ولن يكون او ال إلى الى هم هن نحن انا انتم هما هذان هاتان هؤلاء هولاء"
              + " اولئك التى اللذان اللتان اللواتي اللاتي الذين تم قد لقد سوف ثمه او ام بل لكن"
              + " كذلك وقد فقد عن عبر لدى حول دون ضد ضمن وفق عدا سوي منه منهم لهم لهن بهم فيهم"
              + " عليهم اليه اليها اليهم يتم كانوا يكونوا ليس ليست انا");

  public static final Set<String> QUESTION_WORDS =
      words(
          "ماذا ما من متي اين كم كيف لماذا هل اي ايه ماهو ماهي ماهم ماهي مالذي لما بماذا"
              + " ولماذا وماذا ومتي واين وكيف وكم وهل وما ومن فما فمن لمن بمن بكم عم مم مما ممن"
              + " كيفيه ايهما ايا");

  private ArabicStopwords() {}

  /** True when {@code normalizedWord} is a function word or a question word. */
  public static boolean isStopword(String normalizedWord) {
    return FUNCTION_WORDS.contains(normalizedWord) || QUESTION_WORDS.contains(normalizedWord);
  }

  private static Set<String> words(String spaced) {
    return Arrays.stream(ArabicNormalizer.normalize(spaced).split(" "))
        .collect(Collectors.toUnmodifiableSet());
  }
}
