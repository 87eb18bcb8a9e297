package org.naba.feeds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Per-outlet CSS selectors, by host (from {@code config/sources.json}): where an outlet's article
 * body is, and what inside it to drop.
 */
public final class ExtractionRules {

  /**
   * One outlet's selectors.
   *
   * @param body selects the elements that hold the body's paragraphs
   * @param drop selects what to remove first (a related-links box the outlet puts inside the body)
   */
  public record Rule(String body, List<String> drop) {
    public Rule {
      drop = List.copyOf(drop);
    }
  }

  public static final ExtractionRules NONE = new ExtractionRules(Map.of());

  private final Map<String, Rule> byHost;

  public ExtractionRules(Map<String, Rule> byHost) {
    this.byHost = Map.copyOf(byHost);
  }

  /** The rule for {@code host}, also when written without or with "www.". */
  Optional<Rule> forHost(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    String bare = h.startsWith("www.") ? h.substring(4) : h;
    Rule rule = byHost.get(h);
    if (rule == null) {
      rule = byHost.get(bare);
    }
    if (rule == null) {
      rule = byHost.get("www." + bare);
    }
    return Optional.ofNullable(rule);
  }

  public Map<String, Rule> byHost() {
    return byHost;
  }
}
