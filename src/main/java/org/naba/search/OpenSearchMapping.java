package org.naba.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The settings and mapping of an OpenSearch index of units, the counterpart of {@link UnitFields},
 * {@link UnitDocuments} and {@link UnitSimilarity}: each field analysed by the plugin's analyzer of
 * the same {@code NabaArabicAnalyzer.Form}, with the same index options, and scored by BM25 with
 * the {@link SearchTuning}'s parameters (unit fields) or its paragraph parameters (context, title).
 * A field the tuning weighs 0 is left out.
 */
final class OpenSearchMapping {

  static final String UNIT_SIMILARITY = "naba_unit";
  static final String PARAGRAPH_SIMILARITY = "naba_paragraph";

  /** Where the index keeps the last article it holds and the format it was built with. */
  static final String META_LAST_SEQ = "last_article_seq";

  static final String META_FORMAT = "format";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenSearchMapping() {}

  /** The body of a create-index request. */
  static String of(SearchTuning tuning, int shards, String format) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    ObjectNode similarity = index.putObject("similarity");
    bm25(similarity.putObject(UNIT_SIMILARITY), tuning.k1(), tuning.b());
    bm25(similarity.putObject(PARAGRAPH_SIMILARITY), tuning.contextK1(), tuning.contextB());

    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode meta = mappings.putObject("_meta");
    meta.put(META_LAST_SEQ, 0);
    meta.put(META_FORMAT, format);
    ObjectNode p = mappings.putObject("properties");
    p.putObject(UnitFields.ARTICLE_SEQ).put("type", "long");
    p.putObject(UnitFields.ARTICLE_ID).put("type", "keyword");
    p.putObject(UnitFields.KIND).put("type", "keyword");
    p.putObject(UnitFields.ORDINAL).put("type", "integer").put("index", false);
    p.putObject(UnitFields.START).put("type", "integer");
    p.putObject(UnitFields.END).put("type", "integer").put("index", false);
    p.putObject(UnitFields.PUBLISHED).put("type", "long");
    ObjectNode text = text(p, UnitFields.TEXT, "naba_stem", UNIT_SIMILARITY, null);
    ArrayNode copies = text.putArray("copy_to");
    if (tuning.exact() > 0) {
      text(p, UnitFields.TEXT_EXACT, "naba_exact", UNIT_SIMILARITY, "freqs");
      copies.add(UnitFields.TEXT_EXACT);
    }
    if (tuning.skeleton() > 0) {
      text(p, UnitFields.TEXT_SKELETON, "naba_skeleton", UNIT_SIMILARITY, "freqs");
      copies.add(UnitFields.TEXT_SKELETON);
    }
    if (tuning.root() > 0) {
      text(p, UnitFields.TEXT_ROOT, "naba_root", UNIT_SIMILARITY, "freqs");
      copies.add(UnitFields.TEXT_ROOT);
    }
    if (tuning.ngram() > 0) {
      text(p, UnitFields.TEXT_NGRAM, "naba_ngram", UNIT_SIMILARITY, null);
      copies.add(UnitFields.TEXT_NGRAM);
    }
    text(p, UnitFields.CONTEXT, "naba_stem", PARAGRAPH_SIMILARITY, "freqs");
    text(p, UnitFields.TITLE, "naba_stem", PARAGRAPH_SIMILARITY, "freqs");
    text(p, UnitFields.SPEAKER, "naba_stem", UNIT_SIMILARITY, null);
    p.putObject(UnitFields.ANSWER_TYPES).put("type", "keyword");
    return body.toString();
  }

  private static void bm25(ObjectNode node, float k1, float b) {
    node.put("type", "BM25").put("k1", k1).put("b", b);
  }

  /** A text field; {@code indexOptions} null keeps positions (OpenSearch's default). */
  private static ObjectNode text(
      ObjectNode properties, String name, String analyzer, String similarity, String indexOptions) {
    ObjectNode field = properties.putObject(name);
    field.put("type", "text").put("analyzer", analyzer).put("similarity", similarity);
    if (indexOptions != null) {
      field.put("index_options", indexOptions);
    }
    return field;
  }
}
