package org.naba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file is over {@value #MAX_LINES} lines unless the comment above its top-level type
 * says why, in a sentence that starts with {@value #MARKER} ("Long because it is one state machine
 * ..."). A plain scan of {@code src/main/java}.
 */
class ClassSizeTest {

  static final int MAX_LINES = 400;
  static final String MARKER = "Long because";

  /** The first top-level type declaration, at the start of a line. */
  private static final Pattern TOP_TYPE =
      Pattern.compile(
          "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|record|enum|@interface)\\s",
          Pattern.MULTILINE);

  @Test
  void noMainClassIsOverFourHundredLinesWithoutAReasonAtItsTop() throws IOException {
    List<String> unexplained;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      unexplained =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .sorted()
              .map(ClassSizeTest::unexplainedLength)
              .flatMap(Stream::ofNullable)
              .toList();
    }
    assertEquals(
        List.of(),
        unexplained,
        "split these classes, or write at the top of each a sentence starting \""
            + MARKER
            + "\" that says why it is long");
  }

  @Test
  void theReasonIsReadFromTheCommentAboveTheTypeOnly() {
    String reasoned = "package a;\n\n/** Does x. Long because y. */\npublic final class A {}\n";
    assertTrue(hasReason(reasoned));
    String inBody = "package a;\n\n/** Does x. */\nfinal class A {\n  // Long because y.\n}\n";
    assertTrue(!hasReason(inBody));
    String annotated = "package a;\n\n/** Long because y. */\n@Deprecated\nrecord A() {}\n";
    assertTrue(hasReason(annotated));
  }

  /** "path: N lines" when {@code file} is too long and gives no reason; null otherwise. */
  private static String unexplainedLength(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long lines = text.lines().count();
    return lines <= MAX_LINES || hasReason(text) ? null : file + ": " + lines + " lines";
  }

  /** Whether the text before the first top-level type declaration holds the marker. */
  static boolean hasReason(String source) {
    Matcher type = TOP_TYPE.matcher(source);
    String head = type.find() ? source.substring(0, type.start()) : source;
    return head.contains(MARKER);
  }
}
