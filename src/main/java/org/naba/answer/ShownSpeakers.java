package org.naba.answer;

import java.util.Set;
import java.util.function.Predicate;
import org.naba.store.Store;

/**
 * Which speakers a listing or a digest may show by name, as answers do: a plausible name ({@link
 * SpeakerCheck}), not one the extractor read behind the preposition لـ ({@link
 * PrepositionalSpeakers}: لدونالد ترامب، لفوكس نيوز). The store's speakers are read again as it
 * grows ({@link ThrottledRead}).
 */
public final class ShownSpeakers {

  private final ThrottledRead<Set<String>> behindPreposition;

  public ShownSpeakers(Store store) {
    this.behindPreposition =
        new ThrottledRead<>(
            store::lastSeq,
            () ->
                PrepositionalSpeakers.among(
                    store.speakers().stream().map(Store.SpeakerSummary::speaker).toList()),
            System::nanoTime);
  }

  /** Whether a speaker may be shown, over the store's speakers as now read. */
  public Predicate<String> now() {
    return shown(behindPreposition.get());
  }

  /** A plausible name, and none of {@code behindPreposition} ({@link PrepositionalSpeakers}). */
  static Predicate<String> shown(Set<String> behindPreposition) {
    return speaker -> SpeakerCheck.plausible(speaker) && !behindPreposition.contains(speaker);
  }
}
