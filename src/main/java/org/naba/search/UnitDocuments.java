package org.naba.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.naba.text.AnswerType;
import org.naba.text.SentenceSegmenter;

/**
 * The document a unit becomes: where it is, stored, and its texts in the {@link UnitFields} that
 * the {@link SearchTuning} weighs (a field weighed 0 is left out). The index writer analyses the
 * texts with {@link UnitFields#analyzer()}, so what is indexed is what the analysis chain gives,
 * its positions included.
 */
final class UnitDocuments {

  private final SearchTuning tuning;
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  UnitDocuments(SearchTuning tuning) {
    this.tuning = tuning;
  }

  Document of(Unit unit) {
    return of(List.of(unit)).get(0);
  }

  /** The documents of units of one article, in order (a paragraph is split into sentences once). */
  List<Document> of(List<Unit> units) {
    ContextWindow context = new ContextWindow(segmenter);
    List<Document> docs = new ArrayList<>(units.size());
    for (Unit unit : units) {
      Document doc = new Document();
      doc.add(new LongPoint(UnitFields.ARTICLE_SEQ, unit.articleSeq()));
      doc.add(new StoredField(UnitFields.ARTICLE_SEQ, unit.articleSeq()));
      doc.add(new StringField(UnitFields.ARTICLE_ID, unit.articleId(), Field.Store.YES));
      doc.add(new StringField(UnitFields.KIND, unit.kind().name(), Field.Store.YES));
      doc.add(new StoredField(UnitFields.ORDINAL, unit.ordinal()));
      doc.add(new IntPoint(UnitFields.START, unit.start()));
      doc.add(new StoredField(UnitFields.START, unit.start()));
      doc.add(new StoredField(UnitFields.END, unit.end()));
      if (unit.publishedDay() != Unit.UNDATED) {
        doc.add(new LongField(UnitFields.PUBLISHED, unit.publishedDay(), Field.Store.NO));
      }
      doc.add(new TextField(UnitFields.TEXT, unit.text(), Field.Store.NO));
      if (tuning.exact() > 0) {
        doc.add(freqsOnly(UnitFields.TEXT_EXACT, unit.text()));
      }
      if (tuning.skeleton() > 0) {
        doc.add(freqsOnly(UnitFields.TEXT_SKELETON, unit.text()));
      }
      if (tuning.root() > 0) {
        doc.add(freqsOnly(UnitFields.TEXT_ROOT, unit.text()));
      }
      if (tuning.ngram() > 0) {
        doc.add(new TextField(UnitFields.TEXT_NGRAM, unit.text(), Field.Store.NO));
      }
      if (tuning.answerType() > 0) {
        for (AnswerType type : AnswerType.offered(unit.text())) {
          doc.add(new StringField(UnitFields.ANSWER_TYPES, type.name(), Field.Store.NO));
        }
      }
      if (tuning.context() > 0) {
        context
            .of(unit.text(), unit.context())
            .ifPresent(window -> doc.add(freqsOnly(UnitFields.CONTEXT, window)));
      }
      if (tuning.title() > 0 && unit.title() != null) {
        doc.add(freqsOnly(UnitFields.TITLE, unit.title()));
      }
      if (unit.speaker() != null) {
        doc.add(new TextField(UnitFields.SPEAKER, unit.speaker(), Field.Store.NO));
      }
      docs.add(doc);
    }
    return docs;
  }

  private static Field freqsOnly(String name, String text) {
    return new Field(name, text, UnitFields.FREQS_ONLY);
  }
}
