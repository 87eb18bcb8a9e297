package org.naba.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path home;

  private Path write(String text) throws IOException {
    Path file = home.resolve("naba.properties");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsTheShippedConfigWithItsDefaults() {
    NabaConfig config =
        new ConfigLoader(Path.of("."), Map.of()).load(Path.of("config/naba.properties"));
    assertEquals(Path.of("data"), config.dataDir());
    assertEquals(Path.of("./seeds"), config.seedsDir());
    assertEquals(5, config.maxAnswers());
    assertEquals(URI.create("https://api.telegram.org"), config.telegramApiUrl());
    assertEquals(Set.of(), config.adminIds());
  }

  @Test
  void letsEnvironmentVariablesOverrideTheFile() throws IOException {
    Path file = write("data=/srv/naba\nadmin.ids=1\n");
    NabaConfig config =
        new ConfigLoader(
                home,
                Map.of(
                    "NABA_DATA", "/tmp/other",
                    "NABA_TELEGRAM_API_URL", "http://127.0.0.1:8081",
                    "NABA_ADMIN_IDS", "42, 43"))
            .load(file);
    assertEquals(Path.of("/tmp/other"), config.dataDir());
    assertEquals(URI.create("http://127.0.0.1:8081"), config.telegramApiUrl());
    assertEquals(Set.of(42L, 43L), config.adminIds());
  }

  @Test
  void namesTheFileAndKeyOfAnUnknownSetting() throws IOException {
    Path file = write("answer.max=3\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigLoader(home, Map.of()).load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("'answer.max'"), e.getMessage());
  }

  @Test
  void namesTheVariableThatHoldsABadValue() throws IOException {
    Path file = write("");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> new ConfigLoader(home, Map.of("NABA_ANSWERS_MAX", "many")).load(file));
    assertTrue(e.getMessage().contains("NABA_ANSWERS_MAX"), e.getMessage());
  }

  @Test
  void rejectsAdminIdsThatAreNotNumbers() throws IOException {
    Path file = write("admin.ids=42,alice\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigLoader(home, Map.of()).load(file));
    assertTrue(e.getMessage().contains("'alice'"), e.getMessage());
  }

  private static String errorOf(Map<String, String> env) {
    return assertThrows(
            ConfigException.class,
            () -> new ConfigLoader(Path.of("."), env).load(Path.of("config/naba.properties")))
        .getMessage();
  }

  @Test
  void runningSettingsHaveDefaultsAndEnvironmentOverrides() {
    NabaConfig.Operations ops =
        new ConfigLoader(Path.of("."), Map.of())
            .load(Path.of("config/naba.properties"))
            .operations();
    assertEquals("polling", ops.telegramMode());
    assertEquals(9464, ops.adminListen().getPort());
    assertEquals(java.time.Duration.ofSeconds(30), ops.sendTimeout());
    NabaConfig.Operations webhook =
        new ConfigLoader(
                Path.of("."),
                Map.of(
                    "NABA_TELEGRAM_MODE", "webhook",
                    "NABA_TELEGRAM_WEBHOOK_URL", "https://naba.example/hook",
                    "NABA_HTTP_ADMIN_LISTEN", "off"))
            .load(Path.of("config/naba.properties"))
            .operations();
    assertTrue(webhook.webhook());
    assertEquals("/hook", webhook.webhookUrl().getPath());
    assertEquals(null, webhook.adminListen());
  }

  @Test
  void aBadRunningSettingIsOneErrorNamingIt() {
    assertTrue(
        errorOf(Map.of("NABA_TELEGRAM_MODE", "push"))
            .startsWith("environment variable NABA_TELEGRAM_MODE: expected polling or webhook"));
    assertTrue(errorOf(Map.of("NABA_TELEGRAM_MODE", "webhook")).contains("telegram.webhook.url"));
    assertTrue(
        errorOf(Map.of("NABA_TELEGRAM_WEBHOOK_URL", "http://naba.example/hook"))
            .contains("https URLs only"));
    assertTrue(
        errorOf(Map.of("NABA_TELEGRAM_WEBHOOK_URL", "https://naba.example:9000/hook"))
            .contains("ports 443, 80, 88 or 8443"));
    assertTrue(
        errorOf(Map.of("NABA_HTTP_ADMIN_LISTEN", "localhost"))
            .startsWith("environment variable NABA_HTTP_ADMIN_LISTEN: expected HOST:PORT"));
    assertTrue(
        errorOf(Map.of("NABA_TELEGRAM_SEND_TIMEOUT_SECONDS", "0"))
            .contains("NABA_TELEGRAM_SEND_TIMEOUT_SECONDS"));
  }

  @Test
  void searchIsEmbeddedByDefaultAndOpenSearchBySettings() {
    NabaConfig.SearchSettings embedded =
        new ConfigLoader(Path.of("."), Map.of()).load(Path.of("config/naba.properties")).search();
    assertEquals(NabaConfig.SearchSettings.defaults(), embedded);
    NabaConfig.SearchSettings remote =
        new ConfigLoader(
                Path.of("."),
                Map.of(
                    "NABA_SEARCH_BACKEND", "opensearch",
                    "NABA_SEARCH_URL", "http://10.0.0.5:9200",
                    "NABA_SEARCH_SHARDS", "3"))
            .load(Path.of("config/naba.properties"))
            .search();
    assertTrue(remote.openSearch());
    assertEquals(9200, remote.url().getPort());
    assertEquals("naba-units", remote.index());
    assertEquals(3, remote.shards());
  }

  @Test
  void aBadSearchSettingIsOneErrorNamingIt() {
    assertTrue(
        errorOf(Map.of("NABA_SEARCH_BACKEND", "solr"))
            .startsWith(
                "environment variable NABA_SEARCH_BACKEND: expected embedded or opensearch"));
    assertTrue(
        errorOf(Map.of("NABA_SEARCH_BACKEND", "opensearch"))
            .startsWith("config/naba.properties: search.url: search.backend is opensearch"));
    assertTrue(
        errorOf(Map.of("NABA_SEARCH_BACKEND", "opensearch", "NABA_SEARCH_URL", "9200"))
            .startsWith("environment variable NABA_SEARCH_URL: expected an http(s) URL"));
    assertTrue(
        errorOf(Map.of("NABA_SEARCH_INDEX", "Naba Units"))
            .startsWith("environment variable NABA_SEARCH_INDEX: expected an OpenSearch index"));
    assertTrue(errorOf(Map.of("NABA_SEARCH_SHARDS", "0")).contains("NABA_SEARCH_SHARDS"));
  }
}
