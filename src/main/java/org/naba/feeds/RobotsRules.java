package org.naba.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A host's robots.txt as it applies to one crawler (RFC 9309). A pure function of the file.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The groups whose {@code User-agent} is the crawler's product token (any case) apply;
 *       failing that, the {@code *} groups; failing that, everything is allowed. Consecutive {@code
 *       User-agent} lines share one group.
 *   <li>The longest matching {@code Allow}/{@code Disallow} path wins; on a tie, {@code Allow}.
 *       {@code *} matches any characters and a final {@code $} anchors the end. An empty {@code
 *       Disallow} allows everything.
 *   <li>{@code /robots.txt} itself is always allowed. {@code Crawl-delay} (seconds) is kept.
 * </ul>
 */
final class RobotsRules {

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsRules(List<Rule> rules, Duration crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

  static RobotsRules parse(String text, String productToken) {
    String agent = productToken.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    Duration myDelay = null;
    Duration anyDelay = null;
    boolean mineFound = false;
    boolean inAgents = false;
    boolean forMe = false;
    boolean forAnyone = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!inAgents) {
          forMe = false;
          forAnyone = false;
          inAgents = true;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("*")) {
          forAnyone = true;
        } else if (!v.isEmpty() && agent.startsWith(v.split("/")[0])) {
          forMe = true;
          mineFound = true;
        }
        continue;
      }
      inAgents = false;
      switch (field) {
        case "allow", "disallow" -> {
          if (field.equals("disallow") && value.isEmpty()) {
            continue;
          }
          Rule rule = new Rule(value, field.equals("allow"));
          if (forMe) {
            mine.add(rule);
          }
          if (forAnyone) {
            anyone.add(rule);
          }
        }
        case "crawl-delay" -> {
          Duration d = seconds(value);
          if (forMe) {
            myDelay = d;
          }
          if (forAnyone) {
            anyDelay = d;
          }
        }
        default -> {
          // sitemap, host and unknown fields do not restrict anything
        }
      }
    }
    return mineFound ? new RobotsRules(mine, myDelay) : new RobotsRules(anyone, anyDelay);
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      return s > 0 ? Duration.ofMillis((long) (s * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the crawler may fetch {@code path} (the URL's path and query, from its "/"). */
  boolean allows(String path) {
    if (path.equals("/robots.txt")) {
      return true;
    }
    int best = -1;
    boolean allowed = true;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path)) {
        int length = rule.pattern().length();
        if (length > best || (length == best && rule.allow())) {
          best = length;
          allowed = rule.allow();
        }
      }
    }
    return allowed;
  }

  /** The delay the host asks between requests, if any. */
  Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (match(p, pi + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }
}
