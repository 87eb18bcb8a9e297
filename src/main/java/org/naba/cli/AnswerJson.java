package org.naba.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.AnswerStory;
import org.naba.answer.ArticleRef;
import org.naba.answer.Retelling;
import org.naba.answer.Source;

/** The JSON contract of {@code naba ask --json} (DESIGN.md). */
final class AnswerJson {

  private final ObjectMapper mapper;

  AnswerJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode toJson(AnswerSet set) {
    ObjectNode root = mapper.createObjectNode();
    root.put("question", set.question());
    root.put("status", set.status().name().toLowerCase(Locale.ROOT));
    if (set.note() != null) {
      root.put("note", set.note());
    }
    ArrayNode answers = root.putArray("answers");
    for (Answer a : set.answers()) {
      ObjectNode node = answers.addObject();
      node.put("rank", a.rank());
      node.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
      node.put("text", a.text());
      node.put("speaker", a.speaker());
      node.put("role", a.role());
      node.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
      ArticleRef ref = a.article();
      ObjectNode article = node.putObject("article");
      article.put("id", ref.id());
      article.put("title", ref.title());
      article.put("outlet", ref.outlet());
      article.put("published", ref.published());
      article.put("url", ref.url());
      ArrayNode also = node.putArray("also_reported_by");
      for (Source s : a.alsoReportedBy()) {
        also.addObject().put("outlet", s.outlet()).put("article_id", s.articleId());
      }
      node.put("score", Math.round(a.score() * 1000) / 1000.0);
      story(node, a.story());
    }
    return root;
  }

  /**
   * The answer's story: its id and the other outlets that tell the same there, each with its own
   * statement and speaker only when the wording differs; {@code null} when it has no story.
   */
  private static void story(ObjectNode node, AnswerStory story) {
    if (story == null) {
      node.putNull("story");
      return;
    }
    ObjectNode s = node.putObject("story");
    s.put("id", story.id());
    ArrayNode outlets = s.putArray("outlets");
    for (Retelling r : story.outlets()) {
      ObjectNode o = outlets.addObject();
      o.put("outlet", r.outlet());
      o.put("article_id", r.article().id());
      if (r.differs()) {
        o.put("text", r.text());
        o.put("speaker", r.speaker());
      }
    }
  }
}
