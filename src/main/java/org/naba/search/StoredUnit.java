package org.naba.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.naba.text.AnswerType;
import org.naba.text.SentenceSegmenter;

/**
 * A unit as an OpenSearch document: the {@link UnitFields} that {@link UnitDocuments} indexes, with
 * the texts they are analysed from kept in {@code _source} (the reranker reads them back) and the
 * mapping's {@code copy_to} making the exact, skeleton, root and n-gram fields of {@code text}. A
 * field the {@link SearchTuning} weighs 0 is left out, as the embedded index leaves it out.
 *
 * @param articleSeq the article's store sequence number
 * @param articleId the article's identifier
 * @param kind {@link Unit.Kind} name
 * @param ordinal position among the article's units of that kind
 * @param start offset of the unit in the article body
 * @param end offset just past it
 * @param published the article's day (epoch day), or null
 * @param text the unit's text
 * @param context the sentences around it ({@link ContextWindow}), or null
 * @param title the article's title, or null
 * @param speaker the quote's speaker, or null
 * @param answerTypes the {@link AnswerType}s the unit offers, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredUnit(
    @JsonProperty(UnitFields.ARTICLE_SEQ) long articleSeq,
    @JsonProperty(UnitFields.ARTICLE_ID) String articleId,
    @JsonProperty(UnitFields.KIND) String kind,
    @JsonProperty(UnitFields.ORDINAL) int ordinal,
    @JsonProperty(UnitFields.START) int start,
    @JsonProperty(UnitFields.END) int end,
    @JsonProperty(UnitFields.PUBLISHED) Long published,
    @JsonProperty(UnitFields.TEXT) String text,
    @JsonProperty(UnitFields.CONTEXT) String context,
    @JsonProperty(UnitFields.TITLE) String title,
    @JsonProperty(UnitFields.SPEAKER) String speaker,
    @JsonProperty(UnitFields.ANSWER_TYPES) List<String> answerTypes) {

  /** Longest document id kept as it is; a longer one is hashed (OpenSearch takes 512 bytes). */
  static final int MAX_ID_BYTES = 256;

  /** The documents of units of one article, in order, as {@code tuning} indexes them. */
  static List<StoredUnit> of(List<Unit> units, SearchTuning tuning, SentenceSegmenter segmenter) {
    ContextWindow window = new ContextWindow(segmenter);
    List<StoredUnit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      String context = tuning.context() > 0 ? window.of(u.text(), u.context()).orElse(null) : null;
      List<String> types = null;
      if (tuning.answerType() > 0) {
        types = AnswerType.offered(u.text()).stream().map(Enum::name).toList();
      }
      out.add(
          new StoredUnit(
              u.articleSeq(),
              u.articleId(),
              u.kind().name(),
              u.ordinal(),
              u.start(),
              u.end(),
              u.publishedDay() == Unit.UNDATED ? null : u.publishedDay(),
              u.text(),
              context,
              tuning.title() > 0 ? u.title() : null,
              u.speaker(),
              types));
    }
    return out;
  }

  /**
   * The document id: the article's id, the kind and the ordinal, so that indexing an article again
   * overwrites its units instead of adding copies (an id too long for OpenSearch is hashed).
   */
  String id() {
    String id = articleId + "/" + kind + "/" + ordinal;
    if (id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
      return id;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  Hit toHit(float score) {
    return new Hit(articleSeq, Unit.Kind.valueOf(kind), ordinal, start, end, score);
  }
}
