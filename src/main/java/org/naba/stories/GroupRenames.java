package org.naba.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The story ids that groups absorbed, and the id each now goes by: what a caller of {@link
 * StoryClusterer#add} applies to the stories it recorded before.
 */
public final class GroupRenames {

  private final Map<String, String> into = new HashMap<>();

  /** Notes where an article went: the groups it absorbed are {@code assignment.story()} now. */
  public void note(StoryClusterer.Assignment assignment) {
    for (String gone : assignment.absorbed()) {
      into.put(gone, assignment.story());
    }
  }

  /** The id {@code story} goes by now (itself when no group absorbed it). */
  public String current(String story) {
    String s = story;
    for (String next = into.get(s); next != null; next = into.get(s)) {
      s = next;
    }
    return s;
  }

  /** Each absorbed id with the id it goes by now. */
  public Map<String, String> all() {
    Map<String, String> out = new HashMap<>();
    into.keySet().forEach(k -> out.put(k, current(k)));
    return out;
  }

  public boolean isEmpty() {
    return into.isEmpty();
  }
}
