package org.naba.ingest;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One item of a source, not yet parsed: a seed file or a JSON line. {@link #read()} does the work
 * (decoding, parsing), so it may run on any thread.
 *
 * @param location {@code file} or {@code file:line}
 */
public record Entry(String location, Supplier<Read> reader) {

  public Entry {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reader, "reader");
  }

  /** An entry whose outcome is already known. */
  static Entry of(Read read) {
    return new Entry(read.location(), () -> read);
  }

  /** Parses the entry; an unexpected failure becomes an {@link Outcome#INVALID} read. */
  public Read read() {
    try {
      return reader.get();
    } catch (RuntimeException e) {
      return new Read.Failed(location, Outcome.INVALID, "cannot read: " + e);
    }
  }
}
