package org.naba.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.naba.search.Unit;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * A SQuAD-format question set turned into retrieval units: every paragraph is split into sentences
 * with {@link SentenceSegmenter}, and all sentences of the set are pooled.
 *
 * @param name the file name of the set
 * @param questions the questions that have at least one non-blank answer
 * @param units one unit per sentence; the paragraph is its context, the article title its title
 */
public record SquadSet(String name, List<SquadQuestion> questions, List<Unit> units) {

  public SquadSet {
    questions = List.copyOf(questions);
    units = List.copyOf(units);
  }

  /**
   * Reads a SQuAD JSON file ({@code {"data": [{"title", "paragraphs": [{"context", "qas": [{"id",
   * "question", "answers": [{"text"}]}]}]}]}}).
   *
   * @throws UncheckedIOException naming the file when it cannot be read or parsed
   */
  public static SquadSet load(Path file, SentenceSegmenter segmenter) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQuAD file " + file + ": " + e.getMessage(), e);
    }
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new IllegalArgumentException("not a SQuAD file (no \"data\" array): " + file);
    }
    List<SquadQuestion> questions = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    long paragraphSeq = 0;
    for (JsonNode article : data) {
      String title = article.path("title").asText("");
      for (JsonNode paragraph : article.path("paragraphs")) {
        String context = paragraph.path("context").asText("");
        String paragraphId = "p" + paragraphSeq;
        List<Span> sentences = segmenter.split(context);
        for (int i = 0; i < sentences.size(); i++) {
          Span s = sentences.get(i);
          units.add(
              new Unit(
                  paragraphSeq,
                  paragraphId,
                  Unit.Kind.SENTENCE,
                  i,
                  s.start(),
                  s.end(),
                  s.of(context),
                  context,
                  title.replace('_', ' '),
                  null));
        }
        paragraphSeq++;
        for (JsonNode qa : paragraph.path("qas")) {
          List<String> answers = new ArrayList<>();
          for (JsonNode answer : qa.path("answers")) {
            String text = answer.path("text").asText("");
            if (!text.isBlank()) {
              answers.add(text);
            }
          }
          if (!answers.isEmpty()) {
            questions.add(
                new SquadQuestion(
                    qa.path("id").asText(""), qa.path("question").asText(""), answers));
          }
        }
      }
    }
    return new SquadSet(file.getFileName().toString(), questions, units);
  }
}
