package org.naba.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.naba.search.analysis.NabaArabicAnalyzer;
import org.naba.search.analysis.NabaArabicAnalyzer.Form;
import org.naba.text.AnswerType;
import org.naba.text.ArabicQuestionFrame;
import org.naba.text.ArabicRoot;
import org.naba.text.ArabicSkeleton;
import org.naba.text.SentenceSegmenter;
import org.naba.text.Span;

/**
 * How units become Lucene documents and questions become queries: the fields, their analysis and
 * weights. The index and the evaluation both go through this class, so what is measured is what
 * runs.
 *
 * <p>Each unit is indexed several ways: its words light-stemmed ({@link #TEXT}), normalised but
 * unstemmed ({@link #TEXT_EXACT}), reduced to consonant skeletons ({@link #TEXT_SKELETON}) and cut
 * into character 4-grams ({@link #TEXT_NGRAM}); plus the stemmed words of its paragraph when that
 * holds more than the unit ({@link #CONTEXT}), its article's title ({@link #TITLE}), its speaker,
 * and the kinds of answer it offers ({@link #ANSWER_TYPES}). Scoring is BM25 per field, with
 * parameters for short units on the unit fields ({@link #similarity()}). What each part gives on
 * the QA sets is measured by {@code org.naba.eval.Ablation}.
 */
public final class UnitSchema implements AutoCloseable {

  public static final String ARTICLE_SEQ = "article_seq";
  public static final String ARTICLE_ID = "article_id";
  public static final String KIND = "kind";
  public static final String ORDINAL = "ordinal";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String TEXT_EXACT = "text_exact";
  public static final String TEXT_SKELETON = "text_skeleton";
  public static final String TEXT_ROOT = "text_root";

  private static final FieldType FREQS_ONLY = freqsOnly();

  private static FieldType freqsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  public static final String TEXT_NGRAM = "text_ngram";
  public static final String CONTEXT = "context";
  public static final String TITLE = "title";
  public static final String SPEAKER = "speaker";
  public static final String ANSWER_TYPES = "answer_types";

  /** Weight of the question's stems over the quote's speaker field. */
  static final float SPEAKER_WEIGHT = 1.0f;

  /** Sentences on each side of a unit that count as its context. */
  static final int CONTEXT_WINDOW = 2;

  private final SentenceSegmenter segmenter = new SentenceSegmenter();
  private final SearchTuning tuning;
  private final Reranking reranking;
  private final Reranker reranker;
  private final Analyzer stem = new NabaArabicAnalyzer(Form.STEM);
  private final Analyzer exact = new NabaArabicAnalyzer(Form.EXACT);
  private final Analyzer skeleton = new NabaArabicAnalyzer(Form.SKELETON);
  private final Analyzer root = new NabaArabicAnalyzer(Form.ROOT);
  private final Analyzer ngram = new NabaArabicAnalyzer(Form.NGRAM);
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          stem,
          Map.of(TEXT_EXACT, exact, TEXT_SKELETON, skeleton, TEXT_ROOT, root, TEXT_NGRAM, ngram));
  private final Similarity similarity;

  public UnitSchema() {
    this(SearchTuning.DEFAULT, Reranking.DEFAULT);
  }

  /** A schema with {@code tuning} and no second ranking stage. */
  public UnitSchema(SearchTuning tuning) {
    this(tuning, Reranking.NONE);
  }

  public UnitSchema(SearchTuning tuning, Reranking reranking) {
    this.tuning = tuning;
    this.reranking = reranking;
    this.reranker = new Reranker(this, reranking);
    BM25Similarity unitBm25 = new BM25Similarity(tuning.k1(), tuning.b());
    BM25Similarity contextBm25 = new BM25Similarity(tuning.contextK1(), tuning.contextB());
    this.similarity =
        new PerFieldSimilarityWrapper() {
          @Override
          public Similarity get(String field) {
            return field.equals(CONTEXT) || field.equals(TITLE) ? contextBm25 : unitBm25;
          }
        };
  }

  public SearchTuning tuning() {
    return tuning;
  }

  public Reranking reranking() {
    return reranking;
  }

  /** The second ranking stage of this schema (its {@link Reranking}). */
  public Reranker reranker() {
    return reranker;
  }

  /**
   * The best {@code k} units for {@code question}: the first stage ({@link #query}), reranked by
   * {@link Reranker} when {@link Reranking#enabled()}. The index and the evaluation both search
   * through here.
   */
  public TopDocs search(IndexSearcher searcher, String question, int k) throws IOException {
    if (!reranking.enabled()) {
      return searcher.search(query(question), k);
    }
    return reranker.search(searcher, question, k);
  }

  /** The question's distinct stems, question and function words dropped. */
  List<String> questionStems(String question) {
    return new ArrayList<>(new LinkedHashSet<>(terms(stem, question)));
  }

  /** The per-field analyzer for indexing documents from {@link #toDocument}. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The similarity to index and search with. */
  public Similarity similarity() {
    return similarity;
  }

  public Document toDocument(Unit unit) {
    return toDocuments(List.of(unit)).get(0);
  }

  /**
   * The documents of units of one article. Their text fields are analysed by {@link #analyzer()} as
   * the index writer inverts them, so what is indexed is what the analysis chain gives, with its
   * positions.
   */
  public List<Document> toDocuments(List<Unit> units) {
    Map<String, List<Span>> split = new HashMap<>();
    List<Document> docs = new ArrayList<>(units.size());
    for (Unit unit : units) {
      Document doc = new Document();
      doc.add(new LongPoint(ARTICLE_SEQ, unit.articleSeq()));
      doc.add(new StoredField(ARTICLE_SEQ, unit.articleSeq()));
      doc.add(new StringField(ARTICLE_ID, unit.articleId(), Field.Store.YES));
      doc.add(new StringField(KIND, unit.kind().name(), Field.Store.YES));
      doc.add(new StoredField(ORDINAL, unit.ordinal()));
      doc.add(new IntPoint(START, unit.start()));
      doc.add(new StoredField(START, unit.start()));
      doc.add(new StoredField(END, unit.end()));
      doc.add(new TextField(TEXT, unit.text(), Field.Store.NO));
      if (tuning.exact() > 0) {
        doc.add(analyzed(TEXT_EXACT, unit.text()));
      }
      if (tuning.skeleton() > 0) {
        doc.add(analyzed(TEXT_SKELETON, unit.text()));
      }
      if (tuning.root() > 0) {
        doc.add(analyzed(TEXT_ROOT, unit.text()));
      }
      if (tuning.ngram() > 0) {
        doc.add(new TextField(TEXT_NGRAM, unit.text(), Field.Store.NO));
      }
      if (tuning.answerType() > 0) {
        for (AnswerType type : AnswerType.offered(unit.text())) {
          doc.add(new StringField(ANSWER_TYPES, type.name(), Field.Store.NO));
        }
      }
      if (tuning.context() > 0 && holdsMoreThan(unit.context(), unit.text())) {
        doc.add(analyzed(CONTEXT, window(unit.text(), unit.context(), split)));
      }
      if (tuning.title() > 0 && unit.title() != null) {
        doc.add(analyzed(TITLE, unit.title()));
      }
      if (unit.speaker() != null) {
        doc.add(new TextField(SPEAKER, unit.speaker(), Field.Store.NO));
      }
      docs.add(doc);
    }
    return docs;
  }

  /**
   * A field of {@code text} scored by BM25 alone. Only {@link #TEXT} keeps positions (for the
   * proximity clauses); without them the other fields index faster and take less space.
   */
  private static Field analyzed(String name, String text) {
    return new Field(name, text, FREQS_ONLY);
  }

  /**
   * The question as a weighted disjunction ({@link SearchTuning} weights): its stems over the unit,
   * the paragraph and the title; its exact words, skeletons and 4-grams over the unit; a constant
   * bonus for units offering the {@link AnswerType} asked for; and, when proximity is weighted,
   * adjacent stems as sloppy phrases. Question and function words are dropped, so a question of
   * nothing else matches nothing. The speaker field is indexed but not queried.
   */
  public Query query(String question) {
    List<String> stems = terms(stem, question);
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    addTerms(builder, TEXT, stems, tuning.text(), ArabicQuestionFrame::isFrameStem);
    if (tuning.exact() > 0) {
      addTerms(
          builder,
          TEXT_EXACT,
          terms(exact, question),
          tuning.exact(),
          ArabicQuestionFrame::isFrameWord);
    }
    if (tuning.skeleton() > 0) {
      addDerivedTerms(builder, TEXT_SKELETON, stems, ArabicSkeleton::of, tuning.skeleton());
    }
    if (tuning.root() > 0) {
      addDerivedTerms(builder, TEXT_ROOT, stems, ArabicRoot::of, tuning.root());
    }
    if (tuning.ngram() > 0) {
      addTerms(builder, TEXT_NGRAM, terms(ngram, question), tuning.ngram(), t -> false);
    }
    addTerms(builder, CONTEXT, stems, tuning.context(), ArabicQuestionFrame::isFrameStem);
    addTerms(builder, TITLE, stems, tuning.title(), ArabicQuestionFrame::isFrameStem);
    // A speaker the question names ("ماذا قال النعمان") lifts that speaker's quotes; SQuAD units
    // have no speaker, so this weight is set on news, not by the evaluation.
    addTerms(builder, SPEAKER, stems, SPEAKER_WEIGHT, ArabicQuestionFrame::isFrameStem);
    if (tuning.proximity() > 0) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(stems));
      for (int i = 0; i + 1 < distinct.size(); i++) {
        Query pair =
            new PhraseQuery(tuning.proximitySlop(), TEXT, distinct.get(i), distinct.get(i + 1));
        builder.add(new BoostQuery(pair, tuning.proximity()), BooleanClause.Occur.SHOULD);
      }
    }
    if (tuning.answerType() > 0 && !stems.isEmpty()) {
      for (AnswerType type : AnswerType.asked(question)) {
        Query offers = new ConstantScoreQuery(new TermQuery(new Term(ANSWER_TYPES, type.name())));
        builder.add(new BoostQuery(offers, tuning.answerType()), BooleanClause.Occur.SHOULD);
      }
    }
    return builder.build();
  }

  /**
   * True when the paragraph {@code context} holds words besides the unit's {@code text}. Only then
   * is it indexed as context: a one-sentence paragraph would count the unit's words twice, which
   * lifted one-sentence news paragraphs above the answers (R@1 -0.01 with distractors), while
   * indexing the rest of the paragraph without the unit demoted the unit against its neighbours.
   */
  /**
   * The part of the paragraph {@code context} within {@link #CONTEXT_WINDOW} sentences of {@code
   * text}: enough to tell which passage a sentence belongs to, without letting an article written
   * as one long paragraph lend all its words to every sentence.
   */
  String window(String text, String context, Map<String, List<Span>> split) {
    int at = context.indexOf(text);
    List<Span> sentences = split.computeIfAbsent(context, segmenter::split);
    if (at < 0 || sentences.size() <= 2 * CONTEXT_WINDOW + 1) {
      return context;
    }
    int first = 0;
    int last = sentences.size() - 1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).end() > at) {
        first = i;
        break;
      }
    }
    for (int i = first; i < sentences.size(); i++) {
      if (sentences.get(i).end() >= at + text.length()) {
        last = i;
        break;
      }
    }
    int from = sentences.get(Math.max(0, first - CONTEXT_WINDOW)).start();
    int to = sentences.get(Math.min(sentences.size() - 1, last + CONTEXT_WINDOW)).end();
    return context.substring(from, to);
  }

  static boolean holdsMoreThan(String context, String text) {
    if (context == null) {
      return false;
    }
    int at = context.indexOf(text);
    if (at < 0) {
      return !context.isBlank();
    }
    return !(context.substring(0, at) + context.substring(at + text.length())).isBlank();
  }

  /**
   * Adds {@code terms} over {@code field} at {@code weight}, a term that {@code frame} picks at
   * {@code weight * }{@link SearchTuning#frame()} (left out at 0). Each term is a clause of the
   * top-level query, not of a query per field: the score is the same sum, but Lucene's MaxScore can
   * then skip the documents that only a term of low weight could match.
   */
  private void addTerms(
      BooleanQuery.Builder builder,
      String field,
      List<String> terms,
      float weight,
      Predicate<String> frame) {
    if (weight <= 0) {
      return;
    }
    for (String term : new LinkedHashSet<>(terms)) {
      float boost = weight * (frame.test(term) ? tuning.frame() : 1f);
      if (boost <= 0) {
        continue;
      }
      Query q = new TermQuery(new Term(field, term));
      builder.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * Adds the {@code derive}d forms of {@code stems} over {@code field}, frame words weighed less.
   */
  private void addDerivedTerms(
      BooleanQuery.Builder builder,
      String field,
      List<String> stems,
      UnaryOperator<String> derive,
      float weight) {
    Map<String, Boolean> frame = new LinkedHashMap<>();
    for (String s : stems) {
      frame.merge(derive.apply(s), ArabicQuestionFrame.isFrameStem(s), Boolean::logicalAnd);
    }
    addTerms(builder, field, new ArrayList<>(frame.keySet()), weight, frame::get);
  }

  /** The weight factor of a question stem: {@link SearchTuning#frame()} for a frame word. */
  float stemFactor(String stem) {
    return ArabicQuestionFrame.isFrameStem(stem) ? tuning.frame() : 1f;
  }

  /** The analysed terms of {@code text} in the order they occur (repeats kept, empty ones not). */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Reads a stored field back as a long. */
  public static long storedLong(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f.numericValue().longValue();
  }

  @Override
  public void close() {
    analyzer.close();
    stem.close();
    exact.close();
    skeleton.close();
    root.close();
    ngram.close();
  }
}
