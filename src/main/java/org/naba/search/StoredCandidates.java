package org.naba.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first stage's best units as OpenSearch returned them: which terms their fields hold is read
 * by analysing the texts of their {@code _source} with the fields' own analysis (the plugin runs
 * the same chain in the cluster, so these are the terms the cluster indexed).
 */
final class StoredCandidates implements CandidateTerms {

  private final List<StoredUnit> units;
  private final UnitFields fields;
  private final SearchTuning tuning;
  private final Map<String, Set<String>> analysed = new HashMap<>();

  StoredCandidates(List<StoredUnit> units, UnitFields fields, SearchTuning tuning) {
    this.units = List.copyOf(units);
    this.fields = fields;
    this.tuning = tuning;
  }

  @Override
  public int size() {
    return units.size();
  }

  @Override
  public Position[] positions() {
    Position[] out = new Position[units.size()];
    for (int i = 0; i < out.length; i++) {
      StoredUnit u = units.get(i);
      out[i] = new Position(u.articleSeq(), u.kind(), u.ordinal());
    }
    return out;
  }

  @Override
  public boolean[] holds(String field, String term) {
    boolean[] out = new boolean[units.size()];
    for (int i = 0; i < out.length; i++) {
      StoredUnit u = units.get(i);
      if (field.equals(UnitFields.ANSWER_TYPES)) {
        out[i] = u.answerTypes() != null && u.answerTypes().contains(term);
        continue;
      }
      String text = source(u, field);
      if (text != null) {
        out[i] =
            analysed
                .computeIfAbsent(i + "\u0000" + field, k -> Set.copyOf(fields.terms(field, text)))
                .contains(term);
      }
    }
    return out;
  }

  /** The text {@code field} is analysed from, or null when the unit has no such field. */
  private String source(StoredUnit u, String field) {
    return switch (field) {
      case UnitFields.TEXT -> u.text();
      case UnitFields.TEXT_EXACT -> tuning.exact() > 0 ? u.text() : null;
      case UnitFields.TEXT_SKELETON -> tuning.skeleton() > 0 ? u.text() : null;
      case UnitFields.TEXT_ROOT -> tuning.root() > 0 ? u.text() : null;
      case UnitFields.TEXT_NGRAM -> tuning.ngram() > 0 ? u.text() : null;
      case UnitFields.CONTEXT -> u.context();
      case UnitFields.TITLE -> u.title();
      case UnitFields.SPEAKER -> u.speaker();
      default -> throw new IllegalArgumentException("not a text field of a unit: " + field);
    };
  }
}
