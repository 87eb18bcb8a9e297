package org.naba.stories;

import java.time.Instant;
import java.util.List;

/**
 * One event across outlets.
 *
 * @param id the id of the story's first article
 * @param articles the ids of its articles, oldest first
 * @param outlets its outlets, each once, in the order of their first article
 * @param firstSeen the time of its first article
 * @param lastSeen the time of its newest article
 */
public record Story(
    String id, List<String> articles, List<String> outlets, Instant firstSeen, Instant lastSeen) {

  public Story {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }
}
