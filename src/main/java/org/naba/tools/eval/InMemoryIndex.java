package org.naba.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.naba.search.Unit;

/**
 * One system's index of evaluation units in memory. Add units, then {@link #open()} it and {@link
 * #search} it; each hit is the number the unit was added under.
 */
final class InMemoryIndex implements EvalIndex {

  private static final String UNIT_NUMBER = "eval_unit_number";
  private static final double RAM_BUFFER_MB = 128;

  private final RetrievalSystem system;
  private boolean closeSystem;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  InMemoryIndex(RetrievalSystem system) {
    this.system = system;
    IndexWriterConfig config =
        new IndexWriterConfig(system.analyzer())
            .setSimilarity(system.similarity())
            .setRAMBufferSizeMB(RAM_BUFFER_MB);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An index that closes {@code system} when it is closed. */
  static InMemoryIndex owning(RetrievalSystem system) {
    InMemoryIndex index = new InMemoryIndex(system);
    index.closeSystem = true;
    return index;
  }

  @Override
  public String name() {
    return system.name();
  }

  @Override
  public void add(Unit unit, int number) {
    Document doc = system.toDocument(unit);
    doc.add(new StoredField(UNIT_NUMBER, number));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void open() {
    try {
      writer.forceMerge(1);
      writer.close();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(system.similarity());
  }

  /** The top {@code k} hits for {@code question}, as unit numbers. */
  @Override
  public int[] search(String question, int k) {
    try {
      TopDocs top = system.search(searcher, question, k);
      return numbers(top);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The open index's searcher (for tools that read more than the hits). */
  IndexSearcher searcher() {
    return searcher;
  }

  /** The unit numbers of {@code top}'s hits. */
  int[] numbers(TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    int[] numbers = new int[top.scoreDocs.length];
    for (int i = 0; i < numbers.length; i++) {
      ScoreDoc hit = top.scoreDocs[i];
      Document doc = stored.document(hit.doc, Set.of(UNIT_NUMBER));
      numbers[i] = doc.getField(UNIT_NUMBER).numericValue().intValue();
    }
    return numbers;
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      } else {
        writer.close();
      }
      directory.close();
      if (closeSystem) {
        system.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
