package org.naba.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link NabaConfig}: defaults, then the properties file, then environment variables.
 *
 * <p>Every key {@code a.b-c} can be overridden by the variable {@code NABA_A_B_C}. Relative paths
 * in the file resolve against Naba's home folder (where {@code config/} lives), except {@code
 * data}, which like {@code NABA_DATA} and {@code --data} resolves against the working directory.
 * The bot token is never read from here: it comes from {@code TELEGRAM_BOT_TOKEN} only.
 */
public final class ConfigLoader {

  /** Every key the file may set, with its default. */
  static final Map<String, String> DEFAULTS = defaults();

  private final Path home;
  private final Map<String, String> env;

  public ConfigLoader(Path home, Map<String, String> env) {
    this.home = home;
    this.env = env;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("data", "data");
    d.put("seeds", "seeds");
    d.put("outlets", "config/outlets.json");
    d.put("answers.max", "5");
    d.put("answers.sure-at", "0.5");
    d.put("answers.related-at", "0.05");
    d.put("answers.today", "latest");
    d.put("telegram.api.url", "https://api.telegram.org");
    d.put("admin.ids", "");
    d.put("digest.time", "08:00");
    d.put("digest.zone", "Asia/Baghdad");
    d.put("digest.size", "5");
    d.put("digest.empty-note", "");
    // running it for real: updates in, sends out, health and metrics
    d.put("telegram.mode", "polling");
    d.put("telegram.webhook.url", "");
    d.put("telegram.webhook.listen", "0.0.0.0:8443");
    d.put("telegram.send-timeout-seconds", "30");
    d.put("http.admin.listen", "127.0.0.1:9464");
    d.put("feeds.sources", "config/sources.json");
    d.put("feeds.every", "30s");
    d.put("feeds.host-delay", "1s");
    d.put("feeds.broken-after", "10");
    d.put("feeds.allow-private-addresses", "false");
    d.put("feeds.max-bytes", "10000000");
    d.put("feeds.poll", "true");
    d.put("store.url", "");
    d.put("store.user", "");
    d.put("store.password", "");
    d.put("search.backend", "embedded");
    d.put("search.url", "");
    d.put("search.index", "naba-units");
    d.put("search.shards", "1");
    return d;
  }

  /** Loads {@code file} (which must exist) and applies the environment. */
  public NabaConfig load(Path file) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    for (String key : props.stringPropertyNames()) {
      if (!DEFAULTS.containsKey(key)) {
        throw new ConfigException(
            file + ": unknown setting '" + key + "' (known: " + DEFAULTS.keySet() + ")");
      }
      values.put(key, props.getProperty(key).strip());
    }
    Map<String, String> origin = new LinkedHashMap<>();
    for (String key : DEFAULTS.keySet()) {
      origin.put(key, file + ": " + key);
      String variable = variableFor(key);
      if (env.containsKey(variable)) {
        values.put(key, env.get(variable).strip());
        origin.put(key, "environment variable " + variable);
      }
    }
    return new NabaConfig(
        Path.of(values.get("data")),
        home.resolve(values.get("seeds")),
        home.resolve(values.get("outlets")),
        positiveInt(values.get("answers.max"), origin.get("answers.max")),
        uri(values.get("telegram.api.url"), origin.get("telegram.api.url")),
        ids(values.get("admin.ids"), origin.get("admin.ids")),
        new NabaConfig.Digest(
            time(values.get("digest.time"), origin.get("digest.time")),
            zone(values.get("digest.zone"), origin.get("digest.zone")),
            positiveInt(values.get("digest.size"), origin.get("digest.size")),
            values.get("digest.empty-note")),
        confidence(values, origin),
        operations(values, origin),
        feeds(values, origin),
        store(values, origin),
        SearchConfig.of(values, origin));
  }

  /** Ports Telegram posts webhooks to. */
  private static final Set<Integer> WEBHOOK_PORTS = Set.of(443, 80, 88, 8443);

  private static NabaConfig.Operations operations(
      Map<String, String> values, Map<String, String> origin) {
    String mode = values.get("telegram.mode");
    if (!mode.equals("polling") && !mode.equals("webhook")) {
      throw new ConfigException(
          origin.get("telegram.mode") + ": expected polling or webhook, got '" + mode + "'");
    }
    String url = values.get("telegram.webhook.url");
    URI webhookUrl = url.isEmpty() ? null : webhookUrl(url, origin.get("telegram.webhook.url"));
    if (mode.equals("webhook") && webhookUrl == null) {
      throw new ConfigException(
          origin.get("telegram.webhook.url")
              + ": telegram.mode is webhook, so the public HTTPS URL Telegram posts to is needed");
    }
    String admin = values.get("http.admin.listen");
    return new NabaConfig.Operations(
        mode,
        webhookUrl,
        address(values.get("telegram.webhook.listen"), origin.get("telegram.webhook.listen")),
        admin.equals("off") ? null : address(admin, origin.get("http.admin.listen")),
        java.time.Duration.ofSeconds(
            positiveInt(
                values.get("telegram.send-timeout-seconds"),
                origin.get("telegram.send-timeout-seconds"))));
  }

  /**
   * A webhook URL as Telegram takes it: HTTPS, a host, and a port of 443, 80, 88 or 8443.
   *
   * @param origin the setting or flag it came from, for the error
   */
  public static URI webhookUrl(String value, String origin) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new ConfigException(origin + ": expected an https URL, got '" + value + "'");
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new ConfigException(
          origin + ": Telegram posts webhooks to https URLs only, got '" + value + "'");
    }
    int port = uri.getPort() < 0 ? 443 : uri.getPort();
    if (!WEBHOOK_PORTS.contains(port)) {
      throw new ConfigException(
          origin + ": Telegram posts webhooks to ports 443, 80, 88 or 8443 only, got " + port);
    }
    return uri;
  }

  /**
   * An address to listen on, {@code HOST:PORT} ({@code [::]:8443} for IPv6; port 0: any free port).
   *
   * @param origin the setting or flag it came from, for the error
   */
  public static java.net.InetSocketAddress address(String value, String origin) {
    int colon = value.lastIndexOf(':');
    if (colon > 0 && colon < value.length() - 1) {
      String host = value.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      try {
        int port = Integer.parseInt(value.substring(colon + 1));
        if (port >= 0 && port <= 65_535 && !host.isEmpty()) {
          return new java.net.InetSocketAddress(host, port);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new ConfigException(
        origin + ": expected HOST:PORT such as 127.0.0.1:9464, got '" + value + "'");
  }

  /** store.*: an empty URL or a PostgreSQL one; the message never repeats the URL's secrets. */
  private static NabaConfig.StoreSettings store(
      Map<String, String> values, Map<String, String> origin) {
    String url = values.get("store.url");
    if (!url.isEmpty()) {
      try {
        org.naba.database.PostgresDatabase.redacted(url);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            origin.get("store.url")
                + ": expected empty (SQLite in the data folder) or "
                + org.naba.database.PostgresDatabase.URL_PREFIX
                + "HOST:PORT/DATABASE");
      }
    }
    return new NabaConfig.StoreSettings(
        url, values.get("store.user"), values.get("store.password"));
  }

  private NabaConfig.Feeds feeds(Map<String, String> values, Map<String, String> origin) {
    String sources = values.get("feeds.sources");
    return new NabaConfig.Feeds(
        sources.isEmpty() ? null : home.resolve(sources),
        duration(values.get("feeds.every"), origin.get("feeds.every")),
        duration(values.get("feeds.host-delay"), origin.get("feeds.host-delay")),
        positiveInt(values.get("feeds.broken-after"), origin.get("feeds.broken-after")),
        bool(
            values.get("feeds.allow-private-addresses"),
            origin.get("feeds.allow-private-addresses")),
        positiveInt(values.get("feeds.max-bytes"), origin.get("feeds.max-bytes")),
        bool(values.get("feeds.poll"), origin.get("feeds.poll")));
  }

  /**
   * A duration such as {@code 90s}, {@code 10m}, {@code 2h} or {@code 1d} (a bare number is
   * seconds).
   *
   * @throws IllegalArgumentException naming the value when it is not one
   */
  public static Duration parseDuration(String value) {
    Matcher m = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)?").matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as 30s, 10m, 2h or 1d, got '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofSeconds(n);
    };
  }

  private static Duration duration(String value, String origin) {
    try {
      return parseDuration(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(origin + ": " + e.getMessage());
    }
  }

  private static boolean bool(String value, String origin) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ConfigException(origin + ": expected true or false, got '" + value + "'");
    };
  }

  private static NabaConfig.Confidence confidence(
      Map<String, String> values, Map<String, String> origin) {
    double sure = probability(values.get("answers.sure-at"), origin.get("answers.sure-at"));
    double related =
        probability(values.get("answers.related-at"), origin.get("answers.related-at"));
    if (related > sure) {
      throw new ConfigException(
          origin.get("answers.related-at")
              + ": must not exceed answers.sure-at ("
              + related
              + " > "
              + sure
              + ")");
    }
    String today = values.get("answers.today");
    if (!today.equals("latest") && !today.equals("now")) {
      try {
        java.time.LocalDate.parse(today);
      } catch (DateTimeParseException e) {
        throw new ConfigException(
            origin.get("answers.today")
                + ": expected latest, now or a date YYYY-MM-DD, got '"
                + today
                + "'");
      }
    }
    return new NabaConfig.Confidence(sure, related, today);
  }

  private static double probability(String value, String origin) {
    try {
      double p = Double.parseDouble(value);
      if (p >= 0 && p <= 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(origin + ": expected a probability from 0 to 1, got '" + value + "'");
  }

  /** The environment variable that overrides {@code key}. */
  public static String variableFor(String key) {
    return "NABA_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static int positiveInt(String value, String origin) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(origin + ": expected a positive whole number, got '" + value + "'");
  }

  private static LocalTime time(String value, String origin) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(origin + ": expected a time HH:MM, got '" + value + "'");
    }
  }

  private static ZoneId zone(String value, String origin) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new ConfigException(
          origin + ": expected a time zone such as Asia/Baghdad, got '" + value + "'");
    }
  }

  static URI uri(String value, String origin) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(origin + ": expected an http(s) URL, got '" + value + "'");
  }

  private static Set<Long> ids(String value, String origin) {
    Set<Long> ids = new HashSet<>();
    for (String part : value.split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        throw new ConfigException(
            origin + ": expected comma-separated Telegram user ids, got '" + part + "'");
      }
    }
    return ids;
  }
}
