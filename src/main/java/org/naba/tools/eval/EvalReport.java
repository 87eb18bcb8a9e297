package org.naba.tools.eval;

/**
 * The figures of one evaluation run: Naba and the baseline on the same units and questions.
 *
 * @param dataset the set's file name
 * @param distractors the distractor corpus file name, or {@code null} when none was added
 * @param questions questions asked
 * @param units units indexed from the set
 * @param distractorUnits units indexed from the distractor corpus
 * @param meanWordsPerUnit mean number of white-space separated words per unit of the set
 * @param naba Naba's figures
 * @param baseline the baseline's figures
 * @param seconds wall time of the run
 */
public record EvalReport(
    String dataset,
    String distractors,
    int questions,
    int units,
    long distractorUnits,
    double meanWordsPerUnit,
    SystemResult naba,
    SystemResult baseline,
    double seconds) {}
