package org.naba.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one spelling of an article's URL, so that the same article under a tracking link is known.
 *
 * <p>Rules: resolved against the page or feed it was found in; http(s) only; scheme and host in
 * lower case; the default port, the fragment and an empty query dropped; tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid} and the others of {@link #TRACKING}) dropped, the
 * rest kept in order; the path kept as written.
 */
final class CanonicalUrls {

  static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "yclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "ref",
          "ref_src",
          "cmpid",
          "ocid",
          "xtor",
          "ito",
          "at_medium",
          "at_campaign",
          "at_custom1",
          "at_custom2",
          "at_custom3",
          "at_custom4",
          "rss",
          "ns_source",
          "ns_campaign",
          "ns_mchannel",
          "ns_linkname",
          "ns_fee",
          "__twitter_impression");

  private CanonicalUrls() {}

  static Optional<String> of(String url, URI base) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(url.strip().replace(" ", "%20"));
      if (base != null) {
        u = base.resolve(u);
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return Optional.empty();
      }
      int port = u.getPort();
      boolean defaultPort =
          port < 0
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      StringBuilder out =
          new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
      if (!defaultPort) {
        out.append(':').append(port);
      }
      String path = u.getRawPath();
      out.append(path == null || path.isEmpty() ? "/" : path);
      String query = query(u.getRawQuery());
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return Optional.of(out.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (pair.isEmpty() || name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    return String.join("&", kept);
  }
}
