package org.naba.answer;

import java.util.List;

/**
 * Everything a ranked question found, past the answers shown: each group of the same statement (the
 * first ones are the {@link Ranking}'s answers, the rest can take the places that story folding
 * frees) and every scored candidate, for listing the outlets of a story ({@link StoryFolding}).
 *
 * @param answers each group's answer, best first, their confidence not yet set
 * @param known what the confidence model reads of each, in the same order
 * @param bests each group's best candidate, in the same order
 * @param all every scored candidate, best first
 */
record RankedPool(
    List<Answer> answers,
    List<ConfidenceFeatures.Candidate> known,
    List<Candidate> bests,
    List<Candidate> all) {

  static final RankedPool NONE = new RankedPool(List.of(), List.of(), List.of(), List.of());

  RankedPool {
    answers = List.copyOf(answers);
    known = List.copyOf(known);
    bests = List.copyOf(bests);
    all = List.copyOf(all);
    if (answers.size() != known.size() || answers.size() != bests.size()) {
      throw new IllegalArgumentException(
          "a pool needs as many features and candidates as answers: " + answers.size());
    }
  }
}
