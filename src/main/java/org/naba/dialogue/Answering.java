package org.naba.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.Answerer;
import org.naba.answer.Retelling;
import org.naba.metrics.NabaMetrics;

/**
 * Questions and what follows them: the answer with its buttons, the next page, an answer's source,
 * and inline answer cards.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A blank question asks for one; one longer than the cap, or over the asker's rate (the user,
 *       else the chat), gets a polite reply instead of an answer.
 *   <li>An answer shows its first page; statements Naba is not sure of are shown as such in a
 *       private chat and not at all in groups and channels (the no-answer message instead); under
 *       it a "source" button per answer, an "other wordings" button per answer whose story's other
 *       outlets worded it differently, and, when there are more, a "more" button that replaces the
 *       message with the next page.
 *   <li>Buttons name the question by the id the {@link QuestionLog} gave it; a forgotten question
 *       or a page past the end gets a short note instead.
 *   <li>Inline queries get up to {@link #INLINE_RESULTS} cards of confident answers.
 *   <li>Answers to a question asked again come from the {@link AnswerCache}.
 * </ul>
 */
final class Answering {

  static final int INLINE_RESULTS = 5;
  private static final int INLINE_DESCRIPTION = 120;

  private final Answerer answerer;
  private final AnswerCache cache;
  private final QuestionLog log;
  private final SourceExcerpts sources;
  private final DialogueSettings settings;
  private final Clock clock;
  private final NabaMetrics metrics;

  Answering(
      Answerer answerer,
      AnswerCache cache,
      QuestionLog log,
      SourceExcerpts sources,
      DialogueSettings settings,
      Clock clock,
      NabaMetrics metrics) {
    this.answerer = answerer;
    this.cache = cache;
    this.log = log;
    this.sources = sources;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
  }

  void ask(Chat chat, Long userId, String question, Consumer<Reply> out) {
    if (question.isBlank()) {
      out.accept(Reply.send(Message.line(DialogueTexts.ASK_WHAT)));
      return;
    }
    if (question.length() > settings.maxQuestionLength()) {
      out.accept(tooLong());
      return;
    }
    long asker = userId == null ? chat.id() : userId;
    if (!log.allowQuestion(
        asker, settings.questionsPerWindow(), settings.questionWindow(), clock.instant())) {
      out.accept(Reply.send(Message.line(DialogueTexts.RATE_LIMITED)));
      return;
    }
    AnswerSet set = counted(question);
    if (set.status() == AnswerSet.Status.NONE
        || set.status() == AnswerSet.Status.RELATED && chat.isGroup()) {
      // in groups and channels Naba speaks only when sure: statements it is not sure of would
      // read as its answer to everyone there
      out.accept(Reply.send(AnswerMessages.noAnswer(answerer.noAnswer(set))));
      return;
    }
    long questionId = log.remember(question, clock.instant());
    AnswerPage page = AnswerPage.first(set);
    out.accept(
        new Reply.Send(
            AnswerMessages.page(page, answerer.noAnswer(set)), keyboard(questionId, page), true));
  }

  Reply tooLong() {
    return Reply.send(Message.line(DialogueTexts.TOO_LONG.formatted(settings.maxQuestionLength())));
  }

  /** The next page, in place of the message whose "more" button was pressed. */
  void more(Callback.More more, Consumer<Reply> out) {
    Optional<AnswerSet> set = remembered(more.questionId(), out);
    if (set.isEmpty()) {
      return;
    }
    AnswerPage page = new AnswerPage(set.get(), more.page(), AnswerPage.DEFAULT_SIZE);
    if (page.answers().isEmpty()) {
      out.accept(new Reply.Toast(DialogueTexts.NO_MORE));
      return;
    }
    out.accept(new Reply.Toast(null));
    out.accept(
        new Reply.Edit(
            AnswerMessages.page(page, answerer.noAnswer(set.get())),
            keyboard(more.questionId(), page)));
  }

  /** An answer in its article's context, as a new message. */
  void source(Callback.Source source, Consumer<Reply> out) {
    Optional<AnswerSet> set = remembered(source.questionId(), out);
    if (set.isEmpty()) {
      return;
    }
    Optional<Message.Excerpt> excerpt =
        set.get().answers().stream()
            .filter(a -> a.rank() == source.rank())
            .findFirst()
            .flatMap(sources::of);
    out.accept(new Reply.Toast(excerpt.isEmpty() ? DialogueTexts.SOURCE_GONE : null));
    excerpt.ifPresent(e -> out.accept(new Reply.Send(Message.of(e), Keyboard.NONE, false)));
  }

  /**
   * How the other outlets of an answer's story worded it, where their wording differs: each
   * outlet's statement verbatim, attributed as an answer, with its title and date, as a new
   * message.
   */
  void wordings(Callback.Wordings wordings, Consumer<Reply> out) {
    Optional<AnswerSet> set = remembered(wordings.questionId(), out);
    if (set.isEmpty()) {
      return;
    }
    List<Retelling> told =
        set.get().answers().stream()
            .filter(a -> a.rank() == wordings.rank() && a.story() != null)
            .findFirst()
            .map(a -> a.story().differing())
            .orElse(List.of());
    out.accept(new Reply.Toast(told.isEmpty() ? DialogueTexts.WORDINGS_GONE : null));
    if (told.isEmpty()) {
      return;
    }
    List<Message.Block> blocks = new ArrayList<>();
    blocks.add(new Message.Heading(DialogueTexts.WORDINGS_TITLE.formatted(wordings.rank())));
    for (Retelling r : told) {
      blocks.add(
          new Message.Statement(
              new Answer(
                  blocks.size(),
                  r.kind(),
                  r.text(),
                  r.speaker(),
                  r.role(),
                  r.article(),
                  List.of(),
                  0,
                  0)));
    }
    out.accept(new Reply.Send(new Message(blocks), Keyboard.NONE, false));
  }

  /** Answer cards for an inline query. */
  void cards(String query, Consumer<Reply> out) {
    String question = query == null ? "" : query.strip();
    List<Reply.Card> cards = new ArrayList<>();
    if (!question.isEmpty() && question.length() <= settings.maxQuestionLength()) {
      AnswerSet set = counted(question);
      // a card is sent on as the asker's message, so only confident answers are offered
      List<Answer> offered = set.answered() ? set.answers() : List.of();
      for (Answer a : offered.subList(0, Math.min(INLINE_RESULTS, offered.size()))) {
        String outlet =
            a.article().outlet() == null ? DialogueTexts.UNKNOWN_OUTLET : a.article().outlet();
        String title = a.speaker() == null ? outlet : a.speaker() + " | " + outlet;
        cards.add(
            new Reply.Card(
                Integer.toString(a.rank()),
                title,
                shorten(a.text()),
                Message.of(new Message.Statement(a))));
      }
    }
    out.accept(new Reply.Cards(cards));
  }

  private Optional<AnswerSet> remembered(long questionId, Consumer<Reply> out) {
    Optional<String> question = log.recall(questionId);
    if (question.isEmpty()) {
      out.accept(new Reply.Toast(DialogueTexts.QUESTION_GONE));
      return Optional.empty();
    }
    return Optional.of(answers(question.get()));
  }

  /** The answers to a question just asked, counted by status with the time they took. */
  private AnswerSet counted(String question) {
    long start = System.nanoTime();
    AnswerSet set = answers(question);
    metrics.answered(
        set.status().name().toLowerCase(java.util.Locale.ROOT),
        java.time.Duration.ofNanos(System.nanoTime() - start));
    return set;
  }

  private AnswerSet answers(String question) {
    return cache.get(question, answerer::ask);
  }

  private static Keyboard keyboard(long questionId, AnswerPage page) {
    List<Keyboard.Button> sources = new ArrayList<>();
    for (Answer a : page.answers()) {
      sources.add(
          new Keyboard.Button(
              DialogueTexts.SOURCE.formatted(a.rank()), new Callback.Source(questionId, a.rank())));
    }
    List<Keyboard.Button> wordings = new ArrayList<>();
    for (Answer a : page.answers()) {
      if (a.story() != null && !a.story().differing().isEmpty()) {
        wordings.add(
            new Keyboard.Button(
                DialogueTexts.WORDINGS.formatted(a.rank()),
                new Callback.Wordings(questionId, a.rank())));
      }
    }
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    rows.add(sources);
    rows.add(wordings);
    if (page.hasMore()) {
      rows.add(
          List.of(
              new Keyboard.Button(
                  DialogueTexts.MORE, new Callback.More(questionId, page.number() + 1))));
    }
    return new Keyboard(rows);
  }

  private static String shorten(String text) {
    return text.length() <= INLINE_DESCRIPTION
        ? text
        : text.substring(0, INLINE_DESCRIPTION - 1).strip() + "…";
  }
}
