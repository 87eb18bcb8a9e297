package org.naba.answer;

import java.util.List;

/**
 * The story (one event across outlets) an answer's article belongs to, and the other outlets of it
 * that carry a matching statement ({@link StoryFolding}).
 *
 * @param id the story's id (the id of its first article)
 * @param outlets each other outlet once, its best matching statement, best first
 */
public record AnswerStory(String id, List<Retelling> outlets) {

  public AnswerStory {
    outlets = List.copyOf(outlets);
  }

  /** The outlets whose wording differs from the answer's. */
  public List<Retelling> differing() {
    return outlets.stream().filter(Retelling::differs).toList();
  }
}
