package org.naba.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The first stage's best units for a question, grouped by index segment, for reading what the
 * second stage weighs from the index: which terms their fields hold (from the postings, so no
 * stored text is analysed again) and where each unit sits.
 */
final class Candidates implements CandidateTerms {
  private final IndexReader reader;
  private final ScoreDoc[] docs;
  private final List<LeafReaderContext> leaves;
  private final int[] leafOf;
  private final Map<Integer, int[]> sortedByLeaf = new HashMap<>();
  private final Map<String, boolean[]> held = new HashMap<>();
  private final Map<String, TermsEnum[]> termsEnums = new HashMap<>();
  private Position[] positions;

  Candidates(IndexReader reader, ScoreDoc[] docs) {
    this.reader = reader;
    this.docs = docs;
    this.leaves = reader.leaves();
    this.leafOf = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      leafOf[i] = ReaderUtil.subIndex(docs[i].doc, leaves);
    }
    for (int leaf : Arrays.stream(leafOf).distinct().toArray()) {
      sortedByLeaf.put(leaf, sortedCandidates(leaf));
    }
  }

  IndexReader reader() {
    return reader;
  }

  @Override
  public int size() {
    return docs.length;
  }

  /** Per candidate: its article, kind and ordinal (read once). */
  @Override
  public Position[] positions() throws IOException {
    if (positions != null) {
      return positions;
    }
    Position[] out = new Position[docs.length];
    StoredFields stored = reader.storedFields();
    Set<String> fields = Set.of(UnitFields.ARTICLE_SEQ, UnitFields.KIND, UnitFields.ORDINAL);
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc, fields);
      out[i] =
          new Position(
              UnitFields.storedLong(doc, UnitFields.ARTICLE_SEQ),
              doc.get(UnitFields.KIND),
              (int) UnitFields.storedLong(doc, UnitFields.ORDINAL));
    }
    positions = out;
    return out;
  }

  /** Per candidate: whether {@code field} holds {@code term}, read from the postings. */
  @Override
  public boolean[] holds(String field, String term) throws IOException {
    String key = field + '\u0000' + term;
    boolean[] known = held.get(key);
    if (known != null) {
      return known.clone();
    }
    boolean[] out = new boolean[docs.length];
    BytesRef bytes = new BytesRef(term);
    // only the segments that hold candidates are looked at
    for (Map.Entry<Integer, int[]> entry : sortedByLeaf.entrySet()) {
      LeafReaderContext ctx = leaves.get(entry.getKey());
      TermsEnum te = termsEnum(field, entry.getKey());
      if (te == null || !te.seekExact(bytes)) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int i : entry.getValue()) {
        int local = docs[i].doc - ctx.docBase;
        int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        out[i] = at == local;
      }
    }
    held.put(key, out.clone());
    return out;
  }

  /** The terms of {@code field} in segment {@code leaf}, one enum reused for every seek. */
  private TermsEnum termsEnum(String field, int leaf) throws IOException {
    TermsEnum[] enums = termsEnums.computeIfAbsent(field, f -> new TermsEnum[leaves.size()]);
    if (enums[leaf] == null) {
      Terms terms = leaves.get(leaf).reader().terms(field);
      if (terms == null) {
        return null;
      }
      enums[leaf] = terms.iterator();
    }
    return enums[leaf];
  }

  private int[] sortedCandidates(int leaf) {
    List<Integer> in = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (leafOf[i] == leaf) {
        in.add(i);
      }
    }
    in.sort(Comparator.comparingInt(i -> docs[i].doc));
    return in.stream().mapToInt(Integer::intValue).toArray();
  }
}
