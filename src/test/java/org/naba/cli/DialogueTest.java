package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatKind;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.DialogueSettings;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.MemoryQuestionLog;
import org.naba.dialogue.Message;
import org.naba.dialogue.PlainText;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.naba.digest.Subscriptions;

/**
 * The dialogue as production wires it over the seeds, driven request by request with no surface at
 * all: what a conversation looks like to every surface.
 */
class DialogueTest {

  private static final long ADMIN = 42;
  private static final long USER = 7;
  private static final Chat PRIVATE = new Chat(1001, ChatKind.PRIVATE, null);
  private static final Chat GROUP = new Chat(-100_200, ChatKind.GROUP, 5);
  private static final String QUESTION = "ماذا قال النعمان عن التنسيق مع كردستان؟";

  @TempDir static Path data;
  @TempDir Path dir;
  private static Naba naba;
  private Subscriptions subscriptions;
  private Dialogue dialogue;
  private final AtomicInteger adminChecks = new AtomicInteger();

  /**
   * Naba as configured, with its confidence thresholds set: the dialogue's rules, not the model's.
   */
  static NabaConfig withThresholds(NabaConfig config, double sureAt, double relatedAt) {
    return config.withConfidence(
        new NabaConfig.Confidence(sureAt, relatedAt, config.confidence().today()));
  }

  @BeforeAll
  static void openNaba() {
    naba = Naba.open(withThresholds(EmbeddedNaba.config(data), 0, 0)); // always sure
  }

  @AfterAll
  static void closeNaba() {
    naba.close();
  }

  @BeforeEach
  void open() {
    subscriptions = Subscriptions.open(dir.resolve("telegram.db"));
    dialogue =
        naba.dialogue(
            new MemoryQuestionLog(),
            subscriptions,
            (chat, user) -> {
              adminChecks.incrementAndGet();
              return user == ADMIN;
            },
            DialogueSettings.defaults(Set.of(ADMIN)).withQuestionsPerWindow(3),
            Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC),
            "naba_bot",
            () -> List.of("رسائل مرسلة: 0"),
            org.naba.metrics.NabaMetrics.inMemory());
  }

  @AfterEach
  void close() {
    subscriptions.close();
  }

  private List<Reply> ask(Chat chat, long user, String text) {
    return dialogue.handle(new Request.Question(chat, user, 10, text));
  }

  private List<Reply> command(Chat chat, long user, String name, String argument) {
    return dialogue.handle(new Request.Command(chat, user, 10, name, argument));
  }

  private static String text(Reply reply) {
    return switch (reply) {
      case Reply.Send s -> PlainText.render(s.message());
      case Reply.Edit e -> PlainText.render(e.message());
      case Reply.Toast t -> String.valueOf(t.text());
      case Reply.Cards c -> c.cards().toString();
    };
  }

  @Test
  void aQuestionGetsItsFirstPageWithASourceButtonPerAnswerAndAMoreButton() {
    List<Reply> replies = ask(PRIVATE, USER, QUESTION);
    Reply.Send send = assertInstanceOf(Reply.Send.class, replies.get(0));
    assertEquals(1, replies.size());
    assertEquals(3, send.message().blocks().size());
    assertTrue(send.message().blocks().stream().allMatch(b -> b instanceof Message.Statement));
    List<Callback> buttons =
        send.keyboard().buttons().stream().map(Keyboard.Button::callback).toList();
    long question = ((Callback.Source) buttons.get(0)).questionId();
    assertEquals(
        List.of(
            new Callback.Source(question, 1),
            new Callback.Source(question, 2),
            new Callback.Source(question, 3),
            new Callback.More(question, 1)),
        buttons);
    assertTrue(send.answersRequest());
  }

  @Test
  void moreReplacesThePageAndSourceSendsTheStatementInContext() {
    Reply.Send first = (Reply.Send) ask(PRIVATE, USER, QUESTION).get(0);
    Callback more = first.keyboard().buttons().getLast().callback();
    List<Reply> next = dialogue.handle(new Request.Press(PRIVATE, USER, 77, more));
    assertEquals(new Reply.Toast(null), next.get(0));
    Reply.Edit edit = assertInstanceOf(Reply.Edit.class, next.get(1));
    assertTrue(text(edit).startsWith("\u200F4. "), text(edit));

    Callback source = first.keyboard().buttons().get(0).callback();
    List<Reply> shown = dialogue.handle(new Request.Press(PRIVATE, USER, 77, source));
    Reply.Send excerpt = assertInstanceOf(Reply.Send.class, shown.get(1));
    Message.Excerpt e = assertInstanceOf(Message.Excerpt.class, excerpt.message().blocks().get(0));
    Message.Statement s = (Message.Statement) first.message().blocks().get(0);
    assertEquals(s.answer().text(), e.statement());
  }

  @Test
  void aButtonOfAForgottenQuestionGetsANoteAndNothingElse() {
    List<Reply> replies =
        dialogue.handle(new Request.Press(PRIVATE, USER, 77, new Callback.More(999, 1)));
    assertEquals(1, replies.size());
    assertTrue(text(replies.get(0)).contains("انتهت صلاحية"), text(replies.get(0)));
  }

  @Test
  void askingTooOftenOrTooLongGetsAPoliteReplyInsteadOfAnAnswer() {
    assertTrue(text(ask(PRIVATE, USER, "س".repeat(301)).get(0)).contains("طويل"));
    for (int i = 0; i < 3; i++) {
      assertInstanceOf(
          Message.Statement.class,
          ((Reply.Send) ask(PRIVATE, USER, QUESTION).get(0)).message().blocks().get(0));
    }
    assertTrue(text(ask(PRIVATE, USER, QUESTION).get(0)).contains("انتظر دقيقة"));
    // another user has their own rate
    assertInstanceOf(
        Message.Statement.class,
        ((Reply.Send) ask(PRIVATE, USER + 1, QUESTION).get(0)).message().blocks().get(0));
  }

  @Test
  void unknownAndAdminCommandsGetAPointerInPrivateAndSilenceInGroups() {
    assertTrue(text(command(PRIVATE, USER, "nonsense", "").get(0)).contains("/help"));
    assertTrue(command(GROUP, USER, "nonsense", "").isEmpty());
    assertTrue(text(command(PRIVATE, USER, "stats", "").get(0)).contains("للمشرفين"));
    assertTrue(command(GROUP, USER, "stats", "").isEmpty());
    String stats = text(command(PRIVATE, ADMIN, "stats", "").get(0));
    assertTrue(stats.contains("الأخبار: 2") && stats.contains("رسائل مرسلة: 0"), stats);
  }

  @Test
  void statementsNabaIsNotSureOfAreMarkedAsNotAnAnswerInPrivateAndWithheldInGroups(
      @TempDir Path unsure) {
    try (Naba doubtful = Naba.open(withThresholds(EmbeddedNaba.config(unsure), 1, 0));
        Subscriptions none = Subscriptions.open(unsure.resolve("telegram.db"))) {
      Dialogue talk =
          doubtful.dialogue(
              new MemoryQuestionLog(),
              none,
              (chat, user) -> false,
              DialogueSettings.defaults(Set.of()),
              Clock.systemUTC(),
              "naba_bot",
              List::of,
              org.naba.metrics.NabaMetrics.inMemory());
      Reply.Send inPrivate =
          (Reply.Send) talk.handle(new Request.Question(PRIVATE, USER, 1, QUESTION)).get(0);
      assertEquals(
          new Message.Hint(org.naba.dialogue.AnswerMessages.RELATED),
          inPrivate.message().blocks().get(0));
      assertInstanceOf(Message.Statement.class, inPrivate.message().blocks().get(1));
      Reply.Send inGroup =
          (Reply.Send) talk.handle(new Request.Question(GROUP, USER, 1, QUESTION)).get(0);
      assertTrue(
          inGroup.message().blocks().stream().noneMatch(b -> b instanceof Message.Statement),
          inGroup.toString());
      assertTrue(text(inGroup).contains("لم أجد"), text(inGroup));
      Reply.Cards cards = (Reply.Cards) talk.handle(new Request.Inline(USER, QUESTION)).get(0);
      assertTrue(cards.cards().isEmpty(), "no inline card of an unsure answer: " + cards);
    }
  }

  @Test
  void helpNamesTheBotWhereItCanBeMentioned() {
    assertTrue(text(command(PRIVATE, USER, "help", "").get(0)).contains("@naba_bot"));
  }

  @Test
  void inAGroupOnlyItsAdminsMaySubscribeAndEveryoneMayListIt() {
    assertTrue(text(command(GROUP, USER, "subscribe", "").get(0)).contains("لمشرفيها"));
    assertTrue(subscriptions.of(GROUP.id()).isEmpty());
    assertTrue(text(command(GROUP, ADMIN, "subscribe", "06:15 النعمان").get(0)).contains("06:15"));
    assertEquals("النعمان", subscriptions.of(GROUP.id()).orElseThrow().query());
    assertTrue(text(command(GROUP, USER, "subscriptions", "").get(0)).contains("06:15"));
    assertEquals(2, adminChecks.get(), "asked for the two changes only");
    // a private chat needs no check
    command(PRIVATE, USER, "subscribe", "");
    assertEquals(2, adminChecks.get());
  }

  @Test
  void aSpeakerButtonSendsTheirNewestStatements() {
    List<Reply> replies =
        dialogue.handle(new Request.Press(GROUP, USER, 77, new Callback.Speaker("صباح النعمان")));
    assertEquals(new Reply.Toast(null), replies.get(0));
    Reply.Send send = assertInstanceOf(Reply.Send.class, replies.get(1));
    assertTrue(text(send).contains("تصريحات صباح النعمان"), text(send));
  }

  @Test
  void anInlineQueryGetsAnswerCardsEachInsertingItsStatement() {
    Reply.Cards cards =
        assertInstanceOf(
            Reply.Cards.class, dialogue.handle(new Request.Inline(USER, QUESTION)).get(0));
    assertTrue(cards.cards().size() >= 1 && cards.cards().size() <= 5, cards.toString());
    assertTrue(cards.cards().get(0).title().contains("صباح النعمان"), cards.toString());
  }

  @Test
  void aFileFromSomeoneNotAnAdminIsNotIngested() {
    List<Reply> replies =
        dialogue.handle(
            new Request.Upload(
                PRIVATE,
                USER,
                10,
                "news.jsonl",
                () -> {
                  throw new AssertionError("fetched a non-admin's file");
                }));
    assertTrue(text(replies.get(0)).contains("أفهم الأسئلة المكتوبة فقط"), text(replies.get(0)));
  }
}
