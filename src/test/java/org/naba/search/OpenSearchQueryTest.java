package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The query DSL OpenSearch gets is {@link UnitQuery}'s Lucene query, clause for clause. */
class OpenSearchQueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final UnitSchema schema = new UnitSchema();

  @AfterEach
  void close() {
    schema.close();
  }

  /** A scored clause: field, term and boost, or a constant score over a term. */
  record Clause(String kind, String field, String term, float boost) {}

  @Test
  void everyTermOfTheQuestionsQueryIsSentWithItsFieldAndBoost() throws Exception {
    Query lucene = schema.query("كم عدد العمليات التي نفذها جهاز مكافحة الإرهاب في كركوك؟");
    Set<Clause> expected = new HashSet<>();
    collect(lucene, 1f, expected);
    assertTrue(expected.size() > 20, "clauses: " + expected.size());
    assertTrue(expected.stream().anyMatch(c -> c.kind().equals("constant")), "answer type bonus");
    Set<Clause> sent = new HashSet<>();
    JsonNode dsl = JSON.readTree(OpenSearchQuery.of(lucene).toJsonString());
    for (JsonNode should : dsl.path("bool").path("should")) {
      sent.add(clause(should));
    }
    assertEquals(expected, sent);
  }

  @Test
  void aQuestionOfStopWordsMatchesNothingAsInLucene() throws Exception {
    JsonNode dsl = JSON.readTree(OpenSearchQuery.of(schema.query("ماذا؟")).toJsonString());
    assertTrue(dsl.has("match_none"), dsl.toString());
  }

  @Test
  void daysFilterTheQueryWithoutScoring() throws Exception {
    JsonNode dsl =
        JSON.readTree(
            OpenSearchQuery.of(schema.query("كركوك"), new UnitIndex.Days(19_000, 19_006))
                .toJsonString());
    JsonNode range = dsl.path("bool").path("filter").get(0).path("range").path("published");
    assertEquals(19_000, range.path("gte").asLong());
    assertEquals(19_006, range.path("lte").asLong());
    assertTrue(dsl.path("bool").path("must").get(0).has("bool"));
  }

  @Test
  void sloppyPhrasesAreSentAsPhrasesOfTheAnalysedTerms() throws Exception {
    Query phrase = new BoostQuery(new PhraseQuery(2, UnitFields.TEXT, "جهاز", "كافح"), 0.5f);
    JsonNode p = JSON.readTree(OpenSearchQuery.of(phrase).toJsonString()).path("match_phrase");
    JsonNode text = p.path(UnitFields.TEXT);
    assertEquals("جهاز كافح", text.path("query").asText());
    assertEquals("whitespace", text.path("analyzer").asText());
    assertEquals(2, text.path("slop").asInt());
    assertEquals(0.5, text.path("boost").asDouble(), 1e-6);
  }

  @Test
  void aQueryItCannotSendIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OpenSearchQuery.of(MatchAllDocsQuery.INSTANCE));
    assertTrue(e.getMessage().contains("MatchAllDocsQuery"), e.getMessage());
  }

  private static void collect(Query q, float boost, Set<Clause> out) {
    switch (q) {
      case BoostQuery b -> collect(b.getQuery(), boost * b.getBoost(), out);
      case TermQuery t ->
          out.add(new Clause("term", t.getTerm().field(), t.getTerm().text(), boost));
      case ConstantScoreQuery c -> {
        TermQuery t = (TermQuery) c.getQuery();
        out.add(new Clause("constant", t.getTerm().field(), t.getTerm().text(), boost));
      }
      case BooleanQuery b -> {
        for (BooleanClause clause : b.clauses()) {
          assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
          collect(clause.query(), boost, out);
        }
      }
      default -> throw new AssertionError("unexpected " + q);
    }
  }

  private static Clause clause(JsonNode node) {
    if (node.has("constant_score")) {
      JsonNode c = node.path("constant_score");
      var term = c.path("filter").path("term").fields().next();
      return new Clause(
          "constant",
          term.getKey(),
          term.getValue().path("value").asText(),
          (float) c.path("boost").asDouble());
    }
    var term = node.path("term").fields().next();
    return new Clause(
        "term",
        term.getKey(),
        term.getValue().path("value").asText(),
        (float) term.getValue().path("boost").asDouble());
  }
}
