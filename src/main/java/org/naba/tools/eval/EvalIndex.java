package org.naba.tools.eval;

import org.naba.search.Unit;

/** One system's index of evaluation units: add units, {@link #open()} it, then search it. */
interface EvalIndex extends AutoCloseable {

  /** The system's name in the report. */
  String name();

  /** Adds {@code unit}; a hit on it is reported as {@code number}. */
  void add(Unit unit, int number);

  /** Makes what was added searchable. */
  void open();

  /** The top {@code k} hits for {@code question}, as the numbers their units were added under. */
  int[] search(String question, int k);

  @Override
  void close();
}
