package org.naba.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.naba.store.Store;

/**
 * The searchable units (sentences and quotes) of the stored articles: what the answer code asks and
 * the wiring keeps up to date. Two backends, picked by {@code search.backend}: the embedded Lucene
 * index in the data folder ({@link SentenceIndex}, the default) and an OpenSearch cluster ({@link
 * OpenSearchIndex}). Both analyse, query and rerank through one {@link UnitSchema}, so they rank
 * alike.
 */
public interface UnitIndex extends AutoCloseable {

  /**
   * Days of publication to keep a search to, as epoch days, both ends included.
   *
   * @param from the first day
   * @param to the last day
   */
  record Days(long from, long to) {}

  /** Where {@link #newest} looks for the words it is given. */
  enum Scope {
    /** The article's title. */
    TITLE(UnitFields.TITLE),
    /** A quote's speaker. */
    SPEAKER(UnitFields.SPEAKER),
    /** The unit's own text. */
    TEXT(UnitFields.TEXT);

    private final String field;

    Scope(String field) {
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /** A term of a question with its inverse document frequency over the units' text. */
  record WeightedTerm(String term, double idf) {}

  /** The best {@code limit} units for {@code question}, best first. */
  default List<Hit> search(String question, int limit) {
    return search(question, limit, null);
  }

  /**
   * The best {@code limit} units for {@code question} from articles published in {@code days} (any
   * day when null), best first.
   */
  List<Hit> search(String question, int limit, Days days);

  /**
   * The {@code limit} newest units whose {@code scope} holds every one of {@code terms} (analysed
   * as {@link #terms} gives them), from articles published in {@code days} (any day when null),
   * newest first: the latest news of a topic, a speaker's latest statements.
   */
  List<Hit> newest(Collection<String> terms, Scope scope, int limit, Days days);

  /**
   * The distinct analysed terms of {@code question} (question and function words dropped) with
   * their BM25 inverse document frequency: a term the corpus never uses weighs most.
   */
  List<WeightedTerm> weigh(String question);

  /** The distinct terms of {@code text} as the units' text field analyses it. */
  Set<String> terms(String text);

  /** Number of units (sentences and quotes) searchable now. */
  int unitCount();

  /** The sequence number of the last article this index holds. */
  long indexedSeq();

  /**
   * Indexes what the store gained since the last call (by watermark, or from its outbox on
   * PostgreSQL) and makes it searchable.
   *
   * @return the number of articles indexed
   */
  int catchUp(Store store);

  /**
   * Builds a new index of every stored article beside this one and swaps it in at once.
   *
   * @return the number of articles indexed
   */
  int rebuild(Store store);

  @Override
  void close();
}
