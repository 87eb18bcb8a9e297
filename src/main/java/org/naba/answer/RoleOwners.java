package org.naba.answer;

import java.util.List;

/**
 * Whose role a question gives: a name after a role that follows another name of the question is the
 * role's owner, not a second speaker ("ليندا توم المتحدثة باسم مكتب الأمم المتحدة": the United
 * Nations is whose spokeswoman she is; "ترامب رئيس الولايات المتحدة").
 */
final class RoleOwners {

  private RoleOwners() {}

  /**
   * Whether the name {@code later} comes after a role word ({@link SpeakerDirectory#isRole}) that
   * follows the name {@code earlier} in {@code words}, both written whole there.
   */
  static boolean ownsRoleOf(List<String> words, List<String> later, List<String> earlier) {
    int first = start(words, earlier);
    int second = start(words, later);
    if (first < 0 || second < first + earlier.size()) {
      return false;
    }
    for (int i = first + earlier.size(); i < second; i++) {
      if (SpeakerDirectory.isRole(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where {@code name} opens in {@code words}, word by word in any spelling; -1 when it does not.
   */
  private static int start(List<String> words, List<String> name) {
    for (int i = 0; i + name.size() <= words.size(); i++) {
      if (NameWords.sameName(words.subList(i, i + name.size()), name)) {
        return i;
      }
    }
    return -1;
  }
}
