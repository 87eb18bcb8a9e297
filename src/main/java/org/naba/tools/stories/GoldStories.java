package org.naba.tools.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gold stories: the story of each annotated article ({@code article_id story outlet published
 * title}, tab-separated, one header line), as annotated by hand.
 */
public record GoldStories(Map<String, String> storyOf) {

  public GoldStories {
    storyOf = Map.copyOf(storyOf);
  }

  /** Reads a gold file; a malformed line is an error naming the file and line. */
  public static GoldStories read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold stories " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected article_id and story, tab-separated");
      }
      if (storyOf.put(cols[0], cols[1]) != null) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": article " + cols[0] + " twice");
      }
    }
    return new GoldStories(storyOf);
  }

  /**
   * One half of the gold, split by story: the development half holds the stories of odd number
   * ({@code s001}, {@code s003}…), the test half those of even number.
   */
  public GoldStories half(boolean development) {
    Map<String, String> out = new LinkedHashMap<>();
    storyOf.forEach(
        (article, story) -> {
          int n = Integer.parseInt(story.replaceAll("\\D", ""));
          if ((n % 2 == 1) == development) {
            out.put(article, story);
          }
        });
    return new GoldStories(out);
  }
}
