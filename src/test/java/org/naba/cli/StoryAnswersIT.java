package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.answer.Answer;
import org.naba.answer.Ranking;
import org.naba.answer.Retelling;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatKind;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.DialogueSettings;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.MemoryQuestionLog;
import org.naba.dialogue.PlainText;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.digest.Subscriptions;

/**
 * Answers grouped by story over real articles: one multi-outlet story of ant-all (Nabih Berri
 * re-elected speaker of Lebanon's parliament, 23 May 2018: CNN Arabic, Al Arabiya, France 24, Sky
 * News Arabia, and BBC Arabic the next day) and a neighbouring one, ingested into a fresh store and
 * placed in stories as production does.
 */
@SharedData
class StoryAnswersIT {

  private static final Path ANT = SharedData.FOLDER.resolve("news/ant-all.jsonl.gz");
  private static final Set<String> ARTICLES =
      Set.of(
          "CN-middleEast-1008-20180523",
          "AL-internationalNews-1294-20180523",
          "FR-internationalNews-1398-20180523",
          "SK-middleEast-1879-20180523",
          "BB-middleEast-535-20180524",
          "AL-internationalNews-1301-20180524");
  private static final String QUESTION =
      "كم صوتا حصل عليه نبيه بري في انتخاب رئيس مجلس النواب اللبناني؟";
  private static final Chat PRIVATE = new Chat(1001, ChatKind.PRIVATE, null);
  private static final Chat GROUP = new Chat(-100_200, ChatKind.GROUP, 5);

  @TempDir Path dir;

  @Test
  void anAnswerNamesTheStorysOtherOutletsAndTheirWordingIsAButtonAway() throws Exception {
    Path news = dir.resolve("berri.jsonl");
    Files.write(news, lines(ARTICLES), StandardCharsets.UTF_8);
    try (Naba naba =
        Naba.open(DialogueTest.withThresholds(EmbeddedNaba.config(dir.resolve("data")), 0, 0))) {
      Naba.ingestor(EmbeddedNaba.config(dir.resolve("data")), naba.store()).ingest(List.of(news));
      naba.index().catchUp(naba.store());
      naba.stories().catchUp();

      List<Answer> answers = naba.answerer().ask(QUESTION).answers();
      Answer first = answers.get(0);
      assertTrue(ARTICLES.contains(first.article().id()), first.article().id());
      assertNotNull(first.story(), "the first answer's article is in a story");
      List<Retelling> outlets = first.story().outlets();
      assertFalse(outlets.isEmpty(), "other outlets of the story tell the same");
      Map<String, String> stories =
          naba.store()
              .stories()
              .storyOf(
                  outlets.stream()
                      .map(r -> r.article().id())
                      .collect(java.util.stream.Collectors.toSet()));
      for (Retelling r : outlets) {
        assertEquals(first.story().id(), stories.get(r.article().id()), r.outlet());
        assertTrue(
            naba.store().byId(r.article().id()).orElseThrow().article().text().contains(r.text()),
            "verbatim: " + r.text());
        assertFalse(r.outlet().equals(first.article().outlet()), "its own outlet is not listed");
      }
      String shown =
          PlainText.render(
              org.naba.dialogue.Message.of(new org.naba.dialogue.Message.Statement(first)));
      assertTrue(shown.contains("أوردته أيضًا: " + String.join("، ", first.otherOutlets())), shown);

      // the same answers before folding: one of them is left out, and what it said is listed
      // under the answer it tells the same as; its place is filled
      Ranking unfolded = naba.answerer().rank(QUESTION, Set.of());
      List<String> shownTexts = answers.stream().map(Answer::text).toList();
      List<Answer> left =
          unfolded.answers().stream().filter(a -> !shownTexts.contains(a.text())).toList();
      assertFalse(left.isEmpty(), "an answer of the story is folded: " + unfolded.answers());
      for (Answer gone : left) {
        assertTrue(
            answers.stream()
                .filter(a -> a.story() != null)
                .flatMap(a -> a.story().outlets().stream())
                .anyMatch(
                    r ->
                        r.text().equals(gone.text()) && r.outlet().equals(gone.article().outlet())),
            "still within reach: " + gone.text());
      }
      assertEquals(unfolded.answers().size(), answers.size(), "the freed places are filled");

      for (Chat chat : List.of(PRIVATE, GROUP)) {
        pressWordings(naba, chat, first, outlets);
      }
    }
  }

  private void pressWordings(Naba naba, Chat chat, Answer first, List<Retelling> outlets) {
    try (Subscriptions subscriptions = Subscriptions.open(dir.resolve(chat.id() + ".db"))) {
      Dialogue dialogue =
          naba.dialogue(
              new MemoryQuestionLog(),
              subscriptions,
              (c, user) -> false,
              DialogueSettings.defaults(Set.of()),
              Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC),
              "naba_bot",
              List::of,
              org.naba.metrics.NabaMetrics.inMemory());
      Reply.Send reply =
          assertInstanceOf(
              Reply.Send.class,
              dialogue.handle(new Request.Question(chat, 7L, 10, QUESTION)).get(0));
      Callback.Wordings wordings =
          reply.keyboard().buttons().stream()
              .map(Keyboard.Button::callback)
              .filter(Callback.Wordings.class::isInstance)
              .map(Callback.Wordings.class::cast)
              .filter(w -> w.rank() == 1)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no wordings button: " + reply.keyboard()));
      assertTrue(Callback.fits(wordings));
      List<Reply> pressed = dialogue.handle(new Request.Press(chat, 7L, 11, wordings));
      assertEquals(new Reply.Toast(null), pressed.get(0));
      String text = PlainText.render(assertInstanceOf(Reply.Send.class, pressed.get(1)).message());
      for (Retelling r : outlets) {
        if (r.differs()) {
          assertTrue(text.contains(r.text()), "its wording verbatim: " + text);
          assertTrue(text.contains(r.outlet()), text);
          assertTrue(text.contains(r.article().title()), text);
        } else {
          assertFalse(text.contains(r.article().title()), "the same wording is not shown again");
        }
      }
      assertTrue(text.contains("مايو 2018"), "its date: " + text);
      assertFalse(text.contains(first.text()), "not the answer's own wording");
    }
  }

  private static long fromStory(List<Answer> answers, Naba naba, String story) {
    Map<String, String> stories =
        naba.store().stories().storyOf(answers.stream().map(a -> a.article().id()).toList());
    return answers.stream().filter(a -> story.equals(stories.get(a.article().id()))).count();
  }

  /** The JSON lines of ant-all with these ids. */
  private static List<String> lines(Set<String> ids) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ANT)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        for (String id : ids) {
          if (line.contains("\"" + id + "\"")) {
            out.add(line);
          }
        }
      }
    }
    assertEquals(ids.size(), out.size(), "every article of the story in ant-all");
    return out;
  }
}
