package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@link PrepositionalSpeakers}, over speakers as ant-all's extractor read
 * them.
 */
class PrepositionalSpeakersTest {

  @Test
  void aSpeakerWhoseNameWithoutTheLamIsAnotherSpeakersIsReadBehindThePreposition() {
    // "الطبيب السابق لدونالد ترامب", "قال لفوكس نيوز"
    Set<String> behind =
        PrepositionalSpeakers.among(
            List.of("دونالد ترامب", "لدونالد ترامب", "فوكس نيوز", "لفوكس نيوز", "ليونيل ميسي"));
    assertEquals(Set.of("لدونالد ترامب", "لفوكس نيوز"), behind);
  }

  @Test
  void aNounThatOpensOrIsDefinedInThreeNamesIsReadBehindThePreposition() {
    List<String> speakers =
        new ArrayList<>(
            List.of("الاتفاق", "الاتفاق النووي", "الاتفاق الجديد", "لاتفاق باريس", "ليونيل ميسي"));
    assertEquals(Set.of("لاتفاق باريس"), PrepositionalSpeakers.among(speakers));
    speakers.remove("الاتفاق الجديد");
    assertEquals(Set.of(), PrepositionalSpeakers.among(speakers), "two names are not enough");
  }

  @Test
  void aNameOpeningWithLamThatOpensManyNamesStaysAName() {
    List<String> speakers =
        List.of(
            "يون بيونغ سي",
            "يون سوك",
            "يون هو",
            "يون تشانغ",
            "ليون بانيتا",
            "ليون روشي",
            "ليون كامهي");
    assertEquals(Set.of(), PrepositionalSpeakers.among(speakers), "يون opens 4 names, ليون 3");
    List<String> fewer = speakers.subList(0, 6);
    assertEquals(
        Set.of("ليون بانيتا", "ليون روشي"),
        PrepositionalSpeakers.among(fewer),
        "يون opens 4 names, ليون 2");
  }

  @Test
  void theArticleAfterLamIsNoPreposition() {
    assertEquals(
        Set.of(), PrepositionalSpeakers.among(List.of("للجنة", "لجنة", "لجنة التحقيق الروسية")));
  }
}
