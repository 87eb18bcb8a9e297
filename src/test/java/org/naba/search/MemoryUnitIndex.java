package org.naba.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Units indexed in memory with a schema, in the order given (the doc id of a unit is its position),
 * each with its text stored under {@link #UNIT_TEXT}; then searched with the schema's similarity.
 */
final class MemoryUnitIndex implements AutoCloseable {

  static final String UNIT_TEXT = "test_unit_text";

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private MemoryUnitIndex(ByteBuffersDirectory directory, UnitSchema schema) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(schema.similarity());
  }

  static MemoryUnitIndex of(UnitSchema schema, List<Unit> units) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(schema.analyzer()).setSimilarity(schema.similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Unit unit : units) {
        Document doc = schema.toDocument(unit);
        doc.add(new StoredField(UNIT_TEXT, unit.text()));
        writer.addDocument(doc);
      }
    }
    return new MemoryUnitIndex(directory, schema);
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The text of the unit with doc id {@code doc}. */
  String text(int doc) throws IOException {
    return searcher.storedFields().document(doc).get(UNIT_TEXT);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
