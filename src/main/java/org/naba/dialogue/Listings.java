package org.naba.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.naba.answer.Answer;
import org.naba.answer.ArticleRef;
import org.naba.answer.ShownSpeakers;
import org.naba.store.Store;

/**
 * Lists straight from the store: the newest statements, a speaker's newest statements, and the
 * outlets with their article counts.
 */
final class Listings {

  private static final int LISTING_SIZE = 5;

  private final Store store;
  private final ShownSpeakers shown;

  Listings(Store store) {
    this.store = store;
    this.shown = new ShownSpeakers(store);
  }

  void latest(Consumer<Reply> out) {
    List<Store.QuoteListing> found = store.latestQuotes(LISTING_SIZE);
    out.accept(
        Reply.send(
            found.isEmpty()
                ? Message.line(DialogueTexts.NO_LATEST)
                : listing(DialogueTexts.LATEST_TITLE, found)));
  }

  /**
   * @param name the speaker asked for, not blank and within the question cap
   */
  Message speaker(String name) {
    List<Store.QuoteListing> found = store.quotesBySpeaker(name, LISTING_SIZE);
    return found.isEmpty()
        ? Message.line(DialogueTexts.NO_SPEAKER.formatted(name))
        : listing(DialogueTexts.SPEAKER_TITLE.formatted(name), found);
  }

  void sources(Consumer<Reply> out) {
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(DialogueTexts.SOURCES_TITLE));
    for (Map.Entry<String, Long> e : store.outletCounts().entrySet()) {
      String outlet = "unknown".equals(e.getKey()) ? DialogueTexts.UNKNOWN_OUTLET : e.getKey();
      blocks.add(new Message.Bullet(DialogueTexts.SOURCES_LINE.formatted(outlet, e.getValue())));
    }
    out.accept(Reply.send(new Message(blocks)));
  }

  private Message listing(String title, List<Store.QuoteListing> found) {
    Predicate<String> shownNow = shown.now();
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(title));
    int rank = 1;
    for (Store.QuoteListing q : found) {
      boolean named = q.speaker() != null && shownNow.test(q.speaker());
      blocks.add(
          new Message.Statement(
              new Answer(
                  rank++,
                  Answer.Kind.QUOTE,
                  q.text(),
                  named ? q.speaker() : null,
                  named ? q.role() : null,
                  new ArticleRef(q.articleId(), q.title(), q.outlet(), q.published(), q.url()),
                  List.of(),
                  0,
                  1)));
    }
    return new Message(blocks);
  }
}
