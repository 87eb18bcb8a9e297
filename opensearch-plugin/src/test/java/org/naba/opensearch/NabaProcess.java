package org.naba.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * Naba's own jar ({@code ../target/naba.jar}, built by the main project) run as a separate process:
 * its Lucene (10.6) cannot share this JVM with OpenSearch's. Each named data folder lives under one
 * temporary folder; the working directory is the checkout, so config/ and seeds/ are found.
 */
final class NabaProcess {

  static final Path JAR = Path.of(System.getProperty("naba.jar", "../target/naba.jar"));
  static final Path HOME = Path.of(System.getProperty("naba.home", ".."));
  static final long TIMEOUT_SECONDS = 300;

  /** What {@code naba ask --json} answered. */
  record Answers(String status, List<String> texts, List<Double> scores) {}

  private final Path dir;

  NabaProcess(Path dir) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: build Naba first (./mvnw -DskipTests package)");
    }
    this.dir = dir;
  }

  Answers ask(String data, Map<String, String> env, String question) throws Exception {
    Map<String, Object> json =
        XContentHelper.convertToMap(
            JsonXContent.jsonXContent, run(data, env, "ask", "--json", question), false);
    List<String> texts = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (Object o : (List<?>) json.get("answers")) {
      Map<?, ?> a = (Map<?, ?>) o;
      texts.add((String) a.get("text"));
      scores.add(((Number) a.get("score")).doubleValue());
    }
    return new Answers((String) json.get("status"), texts, scores);
  }

  /** Runs {@code naba ARGS --data DIR/data} and returns its standard output; fails on exit != 0. */
  String run(String data, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    command.add("--data");
    command.add(dir.resolve(data).toString());
    Path out = Files.createTempFile(dir, "naba-", ".out");
    Path err = Files.createTempFile(dir, "naba-", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(HOME.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "naba " + String.join(" ", args) + " ran over " + TIMEOUT_SECONDS + " s");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "naba "
              + String.join(" ", args)
              + " exited "
              + process.exitValue()
              + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return stdout;
  }
}
