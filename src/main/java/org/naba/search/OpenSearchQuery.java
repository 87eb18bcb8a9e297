package org.naba.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The query DSL of a Lucene query that {@link UnitQuery} builds, clause for clause, so that
 * OpenSearch builds the same Lucene query on its side and scores as the embedded index does: term
 * queries of analysed terms (not analysed again), boosts, constant scores, sloppy phrases of
 * analysed terms (split on spaces only) and boolean combinations.
 */
final class OpenSearchQuery {

  private OpenSearchQuery() {}

  /** The DSL of {@code query}. */
  static Query of(org.apache.lucene.search.Query query) {
    return of(query, 1f);
  }

  /** {@code query} among the units of articles published in {@code days} (any when null). */
  static Query of(org.apache.lucene.search.Query query, UnitIndex.Days days) {
    if (days == null) {
      return of(query);
    }
    Query range =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.field(UnitFields.PUBLISHED)
                            .gte(JsonData.of(days.from()))
                            .lte(JsonData.of(days.to()))));
    return Query.of(q -> q.bool(b -> b.must(of(query)).filter(range)));
  }

  private static Query of(org.apache.lucene.search.Query query, float boost) {
    return switch (query) {
      case BoostQuery b -> of(b.getQuery(), boost * b.getBoost());
      case TermQuery t -> term(t.getTerm(), boost);
      case ConstantScoreQuery c ->
          Query.of(q -> q.constantScore(s -> s.filter(of(c.getQuery(), 1f)).boost(boost)));
      case PhraseQuery p -> phrase(p, boost);
      case BooleanQuery b -> bool(b, boost);
      default ->
          throw new IllegalArgumentException(
              "no OpenSearch query for a " + query.getClass().getSimpleName() + ": " + query);
    };
  }

  private static Query term(Term term, float boost) {
    return Query.of(
        q -> q.term(t -> t.field(term.field()).value(FieldValue.of(term.text())).boost(boost)));
  }

  private static Query phrase(PhraseQuery phrase, float boost) {
    List<String> words = new ArrayList<>();
    for (Term t : phrase.getTerms()) {
      words.add(t.text());
    }
    return Query.of(
        q ->
            q.matchPhrase(
                m ->
                    m.field(phrase.getField())
                        .query(String.join(" ", words))
                        .analyzer("whitespace")
                        .slop(phrase.getSlop())
                        .boost(boost)));
  }

  private static Query bool(BooleanQuery bool, float boost) {
    if (bool.clauses().isEmpty()) {
      // Lucene's empty disjunction matches nothing (a question of stop words), OpenSearch's all
      return Query.of(q -> q.matchNone(m -> m));
    }
    List<Query> should = new ArrayList<>();
    List<Query> must = new ArrayList<>();
    List<Query> filter = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Query q = of(clause.query(), 1f);
      switch (clause.occur()) {
        case SHOULD -> should.add(q);
        case MUST -> must.add(q);
        case FILTER -> filter.add(q);
        case MUST_NOT -> mustNot.add(q);
      }
    }
    int minimum = bool.getMinimumNumberShouldMatch();
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.should(should).must(must).filter(filter).mustNot(mustNot).boost(boost);
                  if (minimum > 0) {
                    b.minimumShouldMatch(Integer.toString(minimum));
                  }
                  return b;
                }));
  }
}
