package org.naba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's stages, checked against the build where no container runtime can build the image
 * (README, "Container"): what it copies exists, the jar it copies is the one the build makes, its
 * Java is new enough for the compiled classes, and the image runs the bot as a non-root user.
 */
class DockerfileTest {

  private static final Path DOCKERFILE = Path.of("Dockerfile");

  /** The instructions, continuation lines joined, comments left out. */
  private static List<String> instructions() throws Exception {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      out.add(current.append(line).toString().strip());
      current.setLength(0);
    }
    return out;
  }

  private static String pom() throws Exception {
    return Files.readString(Path.of("pom.xml"));
  }

  private static int javaMajor(String image) {
    Matcher m = Pattern.compile("temurin-?(\\d+)|temurin:(\\d+)").matcher(image);
    assertTrue(m.find(), "no Java version in " + image);
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  @Test
  void aBuildStageOnAJdkMakesTheJarTheRuntimeStageCopies() throws Exception {
    List<String> from = instructions().stream().filter(i -> i.startsWith("FROM ")).toList();
    assertEquals(2, from.size(), from.toString());
    assertTrue(from.get(0).endsWith(" AS build"), from.get(0));
    Matcher release = Pattern.compile("<maven.compiler.release>(\\d+)<").matcher(pom());
    assertTrue(release.find());
    int needed = Integer.parseInt(release.group(1));
    assertTrue(javaMajor(from.get(0)) >= needed, "the build stage's JDK compiles for " + needed);
    assertTrue(javaMajor(from.get(1)) >= needed, "the runtime's Java runs release " + needed);
    assertTrue(pom().contains("<finalName>naba</finalName>"));
    assertTrue(
        instructions().contains("COPY --from=build /src/target/naba.jar /app/naba.jar"),
        "the runtime copies the jar the build stage makes");
    assertTrue(instructions().stream().anyMatch(i -> i.matches("RUN mvn .*package")));
  }

  @Test
  void everythingItCopiesFromTheCheckoutExists() throws Exception {
    for (String i : instructions()) {
      if (i.startsWith("COPY ") && !i.startsWith("COPY --from")) {
        String[] parts = i.split("\\s+");
        for (int k = 1; k < parts.length - 1; k++) {
          assertTrue(Files.exists(Path.of(parts[k])), i + ": " + parts[k] + " is missing");
        }
      }
    }
  }

  @Test
  void theImageRunsTheBotAsANonRootUserWithBoundedMemoryAndAHealthCheck() throws Exception {
    List<String> all = instructions();
    assertTrue(all.contains("USER naba"), all.toString());
    assertTrue(all.contains("CMD [\"serve\"]"));
    String entry = all.stream().filter(i -> i.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
    assertTrue(entry.contains("-Dnaba.home=/app -jar /app/naba.jar"), entry);
    assertTrue(entry.contains("$NABA_JAVA_OPTS"), entry);
    assertTrue(
        all.stream().anyMatch(i -> i.startsWith("ENV NABA_JAVA_OPTS=") && i.contains("-Xmx")));
    assertTrue(all.stream().anyMatch(i -> i.startsWith("HEALTHCHECK") && i.contains("/healthz")));
    assertTrue(all.contains("ENV NABA_DATA=/data"));
  }

  @Test
  void theImageAndTheLauncherGiveTheBotTheSameJvmFlags() throws Exception {
    String launcher = Files.readString(Path.of("naba")).replace("\\\n", "");
    Matcher set = Pattern.compile("NABA_JAVA_OPTS=\"(-[^\"]+)\"").matcher(launcher);
    assertTrue(set.find(), "the launcher sets NABA_JAVA_OPTS for the bot");
    String image =
        instructions().stream()
            .filter(i -> i.startsWith("ENV NABA_JAVA_OPTS="))
            .findFirst()
            .orElseThrow();
    assertEquals("ENV NABA_JAVA_OPTS=\"" + set.group(1) + "\"", image);
    assertTrue(launcher.contains("MALLOC_ARENA_MAX=\"${MALLOC_ARENA_MAX:-2}\""), launcher);
    assertTrue(instructions().contains("ENV MALLOC_ARENA_MAX=2"));
  }
}
