package org.naba.feeds;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one HTTP client of the feeds (OkHttp), polite and safe.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every request names Naba in its User-Agent and asks for gzip (read transparently).
 *   <li>Only http and https; a host that is, or resolves to, a private, loopback or link-local
 *       address is refused unless the policy allows it (checked again at every redirect).
 *   <li>The host's robots.txt is fetched first (kept a day; a 4xx means no rules, an unreachable
 *       one disallows everything for ten minutes) and honoured, Crawl-delay included.
 *   <li>Per host one request at a time, with the policy's delay between them; a 429 or 503 holds
 *       the host for its Retry-After (at most a day; a request that would wait more than two
 *       minutes for it fails at once). At most {@value #MAX_REQUESTS} requests run at once.
 *   <li>Redirects are followed by hand, at most {@link FetchPolicy#maxRedirects()}, never back to a
 *       URL already visited.
 *   <li>Conditional GET: a source's ETag and Last-Modified go along; 304 is {@link
 *       Fetched.NotModified}.
 *   <li>Bodies are read up to the size cap after decompression (a gzip bomb stops there).
 *   <li>Each fetch is counted by outcome in {@link #counts()}.
 * </ul>
 *
 * <p>Long because every rule of polite and safe fetching (redirects, the size cap, conditional
 * requests, charsets, robots.txt, private addresses, the per-host gate) acts on one exchange, and
 * split apart they would hide what one request goes through.
 */
public final class HttpFetcher implements AutoCloseable {

  static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9,"
          + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
  static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
  private static final long ROBOTS_MAX_BYTES = 500_000;
  private static final Duration ROBOTS_KEPT = Duration.ofDays(1);
  private static final Duration ROBOTS_UNREACHABLE_KEPT = Duration.ofMinutes(10);
  private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);
  private static final Duration MAX_GATE_WAIT = Duration.ofMinutes(2);
  static final int MAX_REQUESTS = 64;

  /**
   * The validators a conditional GET sends.
   *
   * @param etag sent as If-None-Match, or {@code null}
   * @param lastModified sent as If-Modified-Since, or {@code null}
   */
  public record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);
  }

  private record Robots(RobotsRules rules, Instant until) {}

  private final OkHttpClient client;
  private final FetchPolicy policy;
  private final HostGate gate;
  private final Clock clock;
  private final FetchCounts counts = new FetchCounts();
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();
  private final Semaphore requests = new Semaphore(MAX_REQUESTS);

  /** A fetcher resolving names through {@code dns} (the system's in production). */
  public HttpFetcher(FetchPolicy policy, Dns dns, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.gate = new HostGate(policy.hostDelay());
    this.client =
        new OkHttpClient.Builder()
            .dns(new GuardedDns(dns, policy.allowPrivateAddresses()))
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(policy.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(policy.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
  }

  public HttpFetcher(FetchPolicy policy) {
    this(policy, Dns.SYSTEM, Clock.systemUTC());
  }

  /** Fetches by outcome since this fetcher started. */
  public FetchCounts counts() {
    return counts;
  }

  /** Fetches a feed, conditionally when {@code validators} has any. */
  Fetched feed(URI url, Validators validators) throws InterruptedException {
    return fetch(url, validators, FEED_ACCEPT);
  }

  /** Fetches an article's page. */
  Fetched page(URI url) throws InterruptedException {
    return fetch(url, Validators.NONE, PAGE_ACCEPT);
  }

  private Fetched fetch(URI url, Validators validators, String accept) throws InterruptedException {
    Fetched result = follow(url, validators, accept, policy.maxBytes(), true);
    counts.count(outcome(result));
    return result;
  }

  private static FetchOutcome outcome(Fetched f) {
    return switch (f) {
      case Fetched.Body b -> FetchOutcome.OK;
      case Fetched.NotModified n -> FetchOutcome.NOT_MODIFIED;
      case Fetched.Failed failed -> failed.outcome();
      case Fetched.Redirect r -> FetchOutcome.REDIRECT_LOOP;
    };
  }

  private Fetched follow(
      URI url, Validators validators, String accept, long maxBytes, boolean obeyRobots)
      throws InterruptedException {
    Set<URI> seen = new HashSet<>();
    URI at = url;
    for (int hops = 0; ; hops++) {
      Fetched refused = refusal(at);
      if (refused != null) {
        return refused;
      }
      if (obeyRobots) {
        Fetched disallowed = robotsRefusal(at);
        if (disallowed != null) {
          return disallowed;
        }
      }
      seen.add(at);
      Fetched result = once(at, validators, accept, maxBytes);
      if (!(result instanceof Fetched.Redirect redirect)) {
        return result;
      }
      if (hops >= policy.maxRedirects()) {
        return new Fetched.Failed(
            FetchOutcome.REDIRECT_LOOP,
            url
                + ": more than "
                + policy.maxRedirects()
                + " redirects (last to "
                + redirect.to()
                + ")");
      }
      if (seen.contains(redirect.to())) {
        return new Fetched.Failed(
            FetchOutcome.REDIRECT_LOOP, url + ": redirect loop back to " + redirect.to());
      }
      at = redirect.to();
    }
  }

  /** A refusal of {@code url} before any request: its scheme, or an address literal. */
  private Fetched refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      return new Fetched.Failed(FetchOutcome.REFUSED, url + ": only http(s) URLs are fetched");
    }
    if (!policy.allowPrivateAddresses() && isAddressLiteral(url.getHost())) {
      try {
        InetAddress address = InetAddress.getByName(url.getHost());
        if (PrivateAddresses.isPrivate(address)) {
          return new Fetched.Failed(
              FetchOutcome.REFUSED,
              url
                  + ": "
                  + new RefusedAddressException(url.getHost(), address.getHostAddress())
                      .getMessage());
        }
      } catch (UnknownHostException e) {
        return new Fetched.Failed(FetchOutcome.NETWORK_ERROR, url + ": " + e.getMessage());
      }
    }
    return null;
  }

  private static boolean isAddressLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+") || host.contains(":");
  }

  private Fetched robotsRefusal(URI url) throws InterruptedException {
    String origin = origin(url);
    Robots known = robots.get(origin);
    if (known == null || clock.instant().isAfter(known.until())) {
      Fetched refused = refusal(URI.create(origin(url) + "/robots.txt"));
      if (refused == null) {
        refused = unreachableAddress(url);
      }
      if (refused != null) {
        return refused;
      }
      known = loadRobots(url);
      robots.put(origin, known);
      known.rules().crawlDelay().ifPresent(d -> gate.atLeast(hostKey(url), capped(d)));
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    if (url.getRawQuery() != null) {
      path += "?" + url.getRawQuery();
    }
    if (known.rules().allows(path)) {
      return null;
    }
    return new Fetched.Failed(
        FetchOutcome.ROBOTS_DISALLOWED, url + ": disallowed by " + origin + "/robots.txt");
  }

  /** A refusal when the host resolves to an address that must not be reached. */
  private Fetched unreachableAddress(URI url) {
    if (policy.allowPrivateAddresses()) {
      return null;
    }
    try {
      new GuardedDns(Dns.SYSTEM, false).lookup(url.getHost());
      return null;
    } catch (RefusedAddressException e) {
      return new Fetched.Failed(FetchOutcome.REFUSED, url + ": " + e.getMessage());
    } catch (UnknownHostException e) {
      return null; // the request itself says so
    }
  }

  private static Duration capped(Duration crawlDelay) {
    return crawlDelay.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : crawlDelay;
  }

  private Robots loadRobots(URI url) throws InterruptedException {
    URI robotsUrl = URI.create(origin(url) + "/robots.txt");
    Fetched f = follow(robotsUrl, Validators.NONE, "text/plain", ROBOTS_MAX_BYTES, false);
    Instant now = clock.instant();
    return switch (f) {
      case Fetched.Body body ->
          new Robots(
              RobotsRules.parse(
                  new String(body.bytes(), StandardCharsets.UTF_8), FetchPolicy.ROBOTS_TOKEN),
              now.plus(ROBOTS_KEPT));
      case Fetched.Failed failed when failed.outcome() == FetchOutcome.CLIENT_ERROR ->
          new Robots(RobotsRules.ALLOW_ALL, now.plus(ROBOTS_KEPT));
      default -> new Robots(RobotsRules.DISALLOW_ALL, now.plus(ROBOTS_UNREACHABLE_KEPT));
    };
  }

  private static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    return scheme
        + "://"
        + url.getRawAuthority()
            .replaceFirst("^[^@]*@", "")
            .toLowerCase(Locale.ROOT)
            .replaceFirst(port < 0 ? "$^" : ":" + port + "$", port < 0 ? "" : ":" + port);
  }

  private static String hostKey(URI url) {
    return url.getHost().toLowerCase(Locale.ROOT);
  }

  /** One request, holding the host while it runs. */
  private Fetched once(URI url, Validators validators, String accept, long maxBytes)
      throws InterruptedException {
    String host = hostKey(url);
    if (!gate.acquire(host, MAX_GATE_WAIT)) {
      return new Fetched.Failed(
          FetchOutcome.THROTTLED, url + ": " + host + " asked us to wait (Retry-After)");
    }
    Duration pause = Duration.ZERO;
    boolean running = false;
    try {
      requests.acquire();
      running = true;
      Request.Builder request =
          new Request.Builder()
              .url(url.toString())
              .header("User-Agent", FetchPolicy.USER_AGENT)
              .header("Accept", accept);
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      try (Response response = client.newCall(request.build()).execute()) {
        int code = response.code();
        if (code >= 300 && code < 400 && code != 304) {
          String location = response.header("Location");
          if (location == null) {
            return new Fetched.Failed(
                FetchOutcome.CLIENT_ERROR, url + ": HTTP " + code + " without a Location");
          }
          try {
            return new Fetched.Redirect(url.resolve(new URI(location.strip().replace(" ", "%20"))));
          } catch (URISyntaxException e) {
            return new Fetched.Failed(
                FetchOutcome.CLIENT_ERROR, url + ": bad redirect Location '" + location + "'");
          }
        }
        if (code == 304) {
          return new Fetched.NotModified();
        }
        if (code == 429 || code == 503) {
          pause = retryAfter(response.header("Retry-After"));
          return new Fetched.Failed(
              FetchOutcome.THROTTLED,
              url
                  + ": HTTP "
                  + code
                  + (pause.isZero() ? "" : ", retry after " + pause.toSeconds() + " s"),
              pause);
        }
        if (code >= 500) {
          return new Fetched.Failed(FetchOutcome.SERVER_ERROR, url + ": HTTP " + code);
        }
        if (code >= 400 || code < 200) {
          return new Fetched.Failed(FetchOutcome.CLIENT_ERROR, url + ": HTTP " + code);
        }
        return body(url, response, maxBytes);
      }
    } catch (RefusedAddressException e) {
      return new Fetched.Failed(FetchOutcome.REFUSED, url + ": " + e.getMessage());
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while fetching " + url);
      }
      return new Fetched.Failed(FetchOutcome.TIMEOUT, url + ": timed out (" + e.getMessage() + ")");
    } catch (UnknownHostException e) {
      return new Fetched.Failed(
          FetchOutcome.NETWORK_ERROR, url + ": unknown host " + url.getHost());
    } catch (IOException e) {
      return new Fetched.Failed(FetchOutcome.NETWORK_ERROR, url + ": " + e);
    } finally {
      if (running) {
        requests.release();
      }
      gate.release(host, pause);
    }
  }

  private static Fetched body(URI url, Response response, long maxBytes) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new Fetched.Body(
          url, null, new byte[0], response.header("ETag"), response.header("Last-Modified"));
    }
    long declared = body.contentLength();
    if (declared > maxBytes) {
      return tooLarge(url, maxBytes, declared + " bytes declared");
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (buffer.size() <= maxBytes) {
      if (source.read(buffer, 65_536) == -1) {
        break;
      }
    }
    if (buffer.size() > maxBytes) {
      return tooLarge(url, maxBytes, "more sent");
    }
    return new Fetched.Body(
        url,
        response.header("Content-Type"),
        buffer.readByteArray(),
        response.header("ETag"),
        response.header("Last-Modified"));
  }

  private static Fetched tooLarge(URI url, long maxBytes, String what) {
    return new Fetched.Failed(
        FetchOutcome.TOO_LARGE,
        url + ": body larger than feeds.max-bytes (" + maxBytes + " bytes; " + what + ")");
  }

  /** Retry-After as seconds or an HTTP date; zero when absent or unreadable; at most a day. */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Duration.ZERO;
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      try {
        Instant at =
            ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        d = Duration.between(clock.instant(), at);
      } catch (DateTimeParseException unreadable) {
        return Duration.ZERO;
      }
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
