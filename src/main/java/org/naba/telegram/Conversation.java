package org.naba.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.naba.answer.Answer;
import org.naba.answer.AnswerPage;
import org.naba.answer.AnswerSet;
import org.naba.answer.Answerer;
import org.naba.answer.ArticleRef;
import org.naba.answer.HtmlRenderer;
import org.naba.config.NabaConfig;
import org.naba.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns one update into the bot's replies, all sent through the {@link SendQueue}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Private chats: any text is a question; commands as listed in {@link BotTexts#COMMANDS};
 *       non-text gets a short hint (admins' .txt and .jsonl documents are ingested).
 *   <li>Groups and supergroups: only messages addressed to the bot (see {@link Addressing}) get a
 *       reply, as a reply to the asking message and, in a forum topic, in that topic; anything else
 *       (other text, stickers, photos) gets silence.
 *   <li>Channels: a post that mentions the bot gets the answer posted in the channel.
 *   <li>Inline queries get up to five answer cards that insert the formatted answer.
 *   <li>The bot's own membership: removed or blocked marks the chat inactive, added marks it
 *       active.
 *   <li>Buttons: "more" edits the message to the next page; "source" sends the passage in context.
 *   <li>A question longer than the cap, or over the user's rate limit, gets a polite reply instead.
 * </ul>
 */
final class Conversation {

  private static final Logger log = LoggerFactory.getLogger(Conversation.class);

  static final int INLINE_RESULTS = 5;
  private static final int LISTING_SIZE = 5;
  private static final int INLINE_DESCRIPTION = 120;
  private static final String MORE_PREFIX = "m:";
  private static final String SOURCE_PREFIX = "s:";

  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  /** A member's status in a chat (getChatMember): "creator", "administrator", "member", … */
  @FunctionalInterface
  interface MemberStatus {
    String of(long chatId, long userId) throws Exception;
  }

  /** Fetches a document sent to the bot into a local file. */
  @FunctionalInterface
  interface Downloader {
    Path download(String fileId, String fileName) throws Exception;
  }

  private final Answerer answerer;
  private final Store store;
  private final HtmlRenderer renderer = new HtmlRenderer();
  private final SourceView sources;
  private final BotLedger ledger;
  private final SendQueue queue;
  private final Addressing addressing;
  private final String username;
  private final BotSettings settings;
  private final AdminActions admin;
  private final Downloader downloader;
  private final Clock clock;
  private final AnswerCache cache;
  private final Subscriptions subscriptions;
  private final NabaConfig.Digest digest;
  private final MemberStatus members;

  Conversation(
      Answerer answerer,
      Store store,
      BotLedger ledger,
      SendQueue queue,
      BotIdentity identity,
      BotSettings settings,
      AdminActions admin,
      Downloader downloader,
      Clock clock,
      Subscriptions subscriptions,
      NabaConfig.Digest digest,
      MemberStatus members) {
    this.answerer = answerer;
    this.store = store;
    this.sources = new SourceView(store);
    this.ledger = ledger;
    this.queue = queue;
    this.addressing = new Addressing(identity.username(), identity.id());
    this.username = identity.username();
    this.settings = settings;
    this.admin = admin;
    this.downloader = downloader;
    this.clock = clock;
    this.cache = new AnswerCache(settings.answerCacheSize(), store::lastSeq);
    this.subscriptions = subscriptions;
    this.digest = digest;
    this.members = members;
  }

  private AnswerSet answers(String question) {
    return cache.get(question, answerer::ask);
  }

  /** Where a reply goes: the chat, the forum topic, the message it answers. */
  record Place(long chatId, ChatKind kind, Integer threadId, Integer replyTo) {

    Outgoing.Target target() {
      return Outgoing.Target.chat(chatId, kind != ChatKind.PRIVATE);
    }
  }

  void handle(Update update) {
    if (update.hasMessage()) {
      onMessage(update.getMessage());
    } else if (update.hasChannelPost()) {
      onMessage(update.getChannelPost());
    } else if (update.hasCallbackQuery()) {
      onCallback(update.getCallbackQuery());
    } else if (update.hasInlineQuery()) {
      onInline(update.getInlineQuery());
    } else if (update.hasMyChatMember()) {
      onMembership(update.getMyChatMember());
    }
  }

  /**
   * The bot's own membership changed: removed, kicked or blocked makes the chat inactive (nothing
   * is sent there any more); added or unblocked makes it active again.
   */
  private void onMembership(ChatMemberUpdated change) {
    if (change.getChat() == null || change.getNewChatMember() == null) {
      return;
    }
    String status = change.getNewChatMember().getStatus();
    long chatId = change.getChat().getId();
    if ("left".equals(status) || "kicked".equals(status)) {
      ledger.markInactive(chatId, clock.instant());
    } else if ("member".equals(status) || "administrator".equals(status)) {
      ledger.markActive(chatId, clock.instant());
    }
  }

  private void onMessage(Message m) {
    if (m.getChat() == null) {
      return;
    }
    ChatKind kind = ChatKind.of(m.getChat().getType());
    long chatId = m.getChat().getId();
    if (kind == ChatKind.PRIVATE) {
      // a user who blocked the bot and writes again has unblocked it
      ledger.markActive(chatId, clock.instant());
    }
    Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
    Place place =
        new Place(chatId, kind, thread, kind == ChatKind.PRIVATE ? null : m.getMessageId());
    Long userId = m.getFrom() == null ? null : m.getFrom().getId();
    if (!m.hasText()) {
      if (kind == ChatKind.PRIVATE) {
        if (m.hasDocument() && isAdmin(userId)) {
          ingest(place, m.getDocument());
        } else {
          say(place, BotTexts.NOT_TEXT);
        }
      }
      return;
    }
    Optional<Addressing.Request> request = addressing.read(m, kind);
    if (request.isEmpty()) {
      return;
    }
    Addressing.Request r = request.get();
    if (r.command() == null) {
      ask(place, userId, r.text());
    } else {
      command(place, userId, r.command(), r.text());
    }
  }

  private void command(Place place, Long userId, String command, String argument) {
    switch (command) {
      case "start" -> say(place, BotTexts.welcome());
      case "help" -> say(place, BotTexts.help(username));
      case "ask" -> {
        if (argument.isEmpty()) {
          say(place, BotTexts.ASK_WHAT);
        } else {
          ask(place, userId, argument);
        }
      }
      case "latest" -> latest(place);
      case "sources" -> sources(place);
      case "speaker" -> speaker(place, argument);
      case "subscribe" -> subscriberOnly(place, userId, () -> subscribe(place, argument));
      case "unsubscribe" ->
          subscriberOnly(
              place,
              userId,
              () ->
                  say(
                      place,
                      subscriptions.deactivate(place.chatId())
                          ? BotTexts.UNSUBSCRIBED
                          : BotTexts.NOT_SUBSCRIBED));
      case "subscriptions" -> listSubscription(place);
      case "settings" -> subscriberOnly(place, userId, () -> reschedule(place, argument));
      case "stats" -> adminOnly(place, userId, () -> say(place, stats()));
      case "reindex" ->
          adminOnly(
              place, userId, () -> say(place, BotTexts.REINDEX_DONE.formatted(admin.reindex())));
      default -> {
        if (place.kind() == ChatKind.PRIVATE) {
          say(place, BotTexts.UNKNOWN_COMMAND);
        }
      }
    }
  }

  private void ask(Place place, Long userId, String question) {
    if (question.isBlank()) {
      say(place, BotTexts.ASK_WHAT);
      return;
    }
    if (question.length() > settings.maxQuestionLength()) {
      say(place, BotTexts.TOO_LONG.formatted(settings.maxQuestionLength()));
      return;
    }
    long asker = userId == null ? place.chatId() : userId;
    if (!ledger.allowQuestion(
        asker, settings.questionsPerWindow(), settings.questionWindow(), clock.instant())) {
      say(place, BotTexts.RATE_LIMITED);
      return;
    }
    AnswerSet set = answers(question);
    if (set.answers().isEmpty()) {
      say(place, renderer.noAnswer(answerer.noAnswer(set)));
      return;
    }
    long questionId = ledger.remember(question, clock.instant());
    AnswerPage page = AnswerPage.first(set);
    List<String> messages = renderer.render(page, answerer.noAnswer(set));
    for (int i = 0; i < messages.size(); i++) {
      boolean last = i == messages.size() - 1;
      send(place, messages.get(i), last ? keyboard(questionId, page) : null, i == 0);
    }
  }

  private InlineKeyboardMarkup keyboard(long questionId, AnswerPage page) {
    InlineKeyboardRow sourcesRow = new InlineKeyboardRow();
    for (Answer a : page.answers()) {
      sourcesRow.add(
          InlineKeyboardButton.builder()
              .text(BotTexts.SOURCE.formatted(a.rank()))
              .callbackData(SOURCE_PREFIX + questionId + ":" + a.rank())
              .build());
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    rows.add(sourcesRow);
    if (page.hasMore()) {
      rows.add(
          new InlineKeyboardRow(
              InlineKeyboardButton.builder()
                  .text(BotTexts.MORE)
                  .callbackData(MORE_PREFIX + questionId + ":" + (page.number() + 1))
                  .build()));
    }
    return new InlineKeyboardMarkup(rows);
  }

  private void latest(Place place) {
    List<Store.QuoteListing> found = store.latestQuotes(LISTING_SIZE);
    if (found.isEmpty()) {
      say(place, BotTexts.NO_LATEST);
      return;
    }
    listing(place, BotTexts.LATEST_TITLE, found);
  }

  private void speaker(Place place, String name) {
    if (name.isBlank()) {
      say(place, BotTexts.SPEAKER_WHO);
      return;
    }
    if (name.length() > settings.maxQuestionLength()) {
      say(place, BotTexts.TOO_LONG.formatted(settings.maxQuestionLength()));
      return;
    }
    List<Store.QuoteListing> found = store.quotesBySpeaker(name, LISTING_SIZE);
    if (found.isEmpty()) {
      say(place, BotTexts.NO_SPEAKER.formatted(HtmlRenderer.escape(name)));
      return;
    }
    listing(place, BotTexts.SPEAKER_TITLE.formatted(HtmlRenderer.escape(name)), found);
  }

  private void listing(Place place, String title, List<Store.QuoteListing> found) {
    List<String> blocks = new ArrayList<>();
    blocks.add(title);
    int rank = 1;
    for (Store.QuoteListing q : found) {
      Answer a =
          new Answer(
              rank++,
              Answer.Kind.QUOTE,
              q.text(),
              q.speaker(),
              q.role(),
              new ArticleRef(q.articleId(), q.title(), q.outlet(), q.published(), q.url()),
              List.of(),
              0);
      blocks.addAll(renderer.render(a));
    }
    for (String message : pack(blocks)) {
      send(place, message, null, true);
    }
  }

  private List<String> pack(List<String> blocks) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String b : blocks) {
      if (current.length() > 0 && current.length() + 2 + b.length() > HtmlRenderer.MAX_MESSAGE) {
        out.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append("\n\n");
      }
      current.append(b);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private void sources(Place place) {
    StringBuilder out = new StringBuilder(BotTexts.SOURCES_TITLE);
    for (Map.Entry<String, Long> e : store.outletCounts().entrySet()) {
      String outlet = "unknown".equals(e.getKey()) ? BotTexts.UNKNOWN_OUTLET : e.getKey();
      out.append('\n')
          .append(BotTexts.SOURCES_LINE.formatted(HtmlRenderer.escape(outlet), e.getValue()));
    }
    for (String message : pack(List.of(out.toString()))) {
      say(place, message);
    }
  }

  private String stats() {
    BotLedger.Counts c = ledger.counts();
    return "<b>إحصاءات</b>\n"
        + HtmlRenderer.escape(admin.corpusStats())
        + "\nتحديثات معالجة: "
        + c.updates()
        + "\nأسئلة مجابة: "
        + c.questions()
        + "\nمحادثات غير نشطة: "
        + c.inactiveChats()
        + "\nرسائل مرسلة: "
        + queue.sentCount();
  }

  /**
   * Runs a subscription change: anyone in a private chat or a channel (only its admins can post),
   * in a group only its creator and administrators (asked with getChatMember).
   */
  private void subscriberOnly(Place place, Long userId, Runnable action) {
    if (place.kind() != ChatKind.GROUP) {
      action.run();
      return;
    }
    String status = "";
    if (userId != null) {
      try {
        status = members.of(place.chatId(), userId);
      } catch (Exception e) {
        log.warn("getChatMember for chat {} failed: {}", place.chatId(), e.getMessage());
      }
    }
    if ("creator".equals(status) || "administrator".equals(status)) {
      action.run();
    } else {
      say(place, BotTexts.ADMINS_ONLY);
    }
  }

  /** A time "H:MM" or "HH:MM", or null when {@code word} is not one. */
  private static LocalTime timeOf(String word) {
    if (!word.matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      return LocalTime.parse(word.length() == 4 ? "0" + word : word);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private void subscribe(Place place, String argument) {
    String rest = argument.strip();
    Optional<Subscriptions.Subscription> before = subscriptions.of(place.chatId());
    LocalTime time = before.map(Subscriptions.Subscription::time).orElse(digest.time());
    ZoneId zone = before.map(Subscriptions.Subscription::zone).orElse(digest.zone());
    String first = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
    LocalTime given = timeOf(first);
    if (given != null) {
      time = given;
      rest = rest.substring(first.length()).strip();
    }
    subscriptions.subscribe(place.chatId(), time, zone, rest, clock.instant());
    say(place, subscribedText(time, zone, rest));
  }

  private static String subscribedText(LocalTime time, ZoneId zone, String query) {
    String about =
        query.isEmpty() ? "" : BotTexts.SUBSCRIBED_QUERY.formatted(HtmlRenderer.escape(query));
    return BotTexts.SUBSCRIBED.formatted(time, zone.getId(), about);
  }

  private void listSubscription(Place place) {
    Optional<Subscriptions.Subscription> s =
        subscriptions.of(place.chatId()).filter(Subscriptions.Subscription::active);
    if (s.isEmpty()) {
      say(place, BotTexts.NOT_SUBSCRIBED);
    } else {
      say(place, subscribedText(s.get().time(), s.get().zone(), s.get().query()));
    }
  }

  private void reschedule(Place place, String argument) {
    String[] words = argument.strip().split("\\s+");
    if (argument.isBlank() || words.length > 2) {
      say(place, BotTexts.SETTINGS_USAGE);
      return;
    }
    LocalTime time = timeOf(words[0]);
    ZoneId zone;
    try {
      zone =
          words.length == 2
              ? ZoneId.of(words[1])
              : subscriptions
                  .of(place.chatId())
                  .map(Subscriptions.Subscription::zone)
                  .orElse(digest.zone());
    } catch (DateTimeException e) {
      zone = null;
    }
    if (time == null || zone == null) {
      say(place, BotTexts.BAD_TIME);
      return;
    }
    if (subscriptions.reschedule(place.chatId(), time, zone)) {
      say(place, BotTexts.SETTINGS_DONE.formatted(time, zone.getId()));
    } else {
      say(place, BotTexts.NOT_SUBSCRIBED);
    }
  }

  private void adminOnly(Place place, Long userId, Runnable action) {
    if (isAdmin(userId)) {
      action.run();
    } else if (place.kind() == ChatKind.PRIVATE) {
      say(place, BotTexts.ADMIN_ONLY);
    }
  }

  private boolean isAdmin(Long userId) {
    return userId != null && settings.adminIds().contains(userId);
  }

  private void ingest(Place place, Document document) {
    String name = document.getFileName() == null ? "" : document.getFileName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt") && !lower.endsWith(".jsonl")) {
      say(place, BotTexts.INGEST_BAD);
      return;
    }
    say(place, BotTexts.INGEST_START.formatted(HtmlRenderer.escape(name)));
    try {
      Path file = downloader.download(document.getFileId(), name);
      say(place, HtmlRenderer.escape(admin.ingest(file)));
    } catch (Exception e) {
      log.warn("ingest of a sent document failed: {}", e.toString());
      say(place, BotTexts.FAILED);
    }
  }

  private void onCallback(CallbackQuery q) {
    String data = q.getData() == null ? "" : q.getData();
    MaybeInaccessibleMessage message = q.getMessage();
    if (data.startsWith(Callbacks.SPEAKER_PREFIX) && message != null && message.getChat() != null) {
      // a digest's "more from this speaker" button: the speaker's newest statements
      acknowledge(q, null);
      Integer thread =
          message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
      speaker(
          new Place(message.getChatId(), ChatKind.of(message.getChat().getType()), thread, null),
          data.substring(Callbacks.SPEAKER_PREFIX.length()));
      return;
    }
    String[] parts = data.split(":");
    if (parts.length != 3 || message == null || message.getChat() == null) {
      acknowledge(q, null);
      return;
    }
    long questionId;
    int number;
    try {
      questionId = Long.parseLong(parts[1]);
      number = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      acknowledge(q, null);
      return;
    }
    Optional<String> question = ledger.question(questionId);
    if (question.isEmpty()) {
      acknowledge(q, BotTexts.QUESTION_GONE);
      return;
    }
    AnswerSet set = answers(question.get());
    ChatKind kind = ChatKind.of(message.getChat().getType());
    Integer thread =
        message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    Place place = new Place(message.getChatId(), kind, thread, null);
    if (data.startsWith(MORE_PREFIX)) {
      AnswerPage page = new AnswerPage(set, number, AnswerPage.DEFAULT_SIZE);
      if (page.answers().isEmpty()) {
        acknowledge(q, BotTexts.NO_MORE);
        return;
      }
      acknowledge(q, null);
      List<String> messages = renderer.render(page, answerer.noAnswer(set));
      queue.enqueue(
          Outgoing.to(
              place.target(),
              EditMessageText.builder()
                  .chatId(message.getChatId())
                  .messageId(message.getMessageId())
                  .text(messages.get(0))
                  .parseMode(ParseMode.HTML)
                  .linkPreviewOptions(NO_PREVIEW)
                  .replyMarkup(messages.size() == 1 ? keyboard(questionId, page) : null)
                  .build()));
      for (int i = 1; i < messages.size(); i++) {
        send(
            place,
            messages.get(i),
            i == messages.size() - 1 ? keyboard(questionId, page) : null,
            false);
      }
    } else if (data.startsWith(SOURCE_PREFIX)) {
      Optional<String> view =
          set.answers().stream()
              .filter(a -> a.rank() == number)
              .findFirst()
              .flatMap(sources::render);
      acknowledge(q, view.isEmpty() ? BotTexts.SOURCE_GONE : null);
      view.ifPresent(v -> send(place, v, null, false));
    } else {
      acknowledge(q, null);
    }
  }

  private void acknowledge(CallbackQuery q, String text) {
    queue.enqueue(
        Outgoing.to(
            Outgoing.Target.NONE,
            AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(text).build()));
  }

  private void onInline(InlineQuery q) {
    String question = q.getQuery() == null ? "" : q.getQuery().strip();
    List<InlineQueryResult> results = new ArrayList<>();
    if (!question.isEmpty() && question.length() <= settings.maxQuestionLength()) {
      AnswerSet set = answers(question);
      for (Answer a : set.answers().subList(0, Math.min(INLINE_RESULTS, set.answers().size()))) {
        String outlet =
            a.article().outlet() == null ? BotTexts.UNKNOWN_OUTLET : a.article().outlet();
        String title = a.speaker() == null ? outlet : a.speaker() + " | " + outlet;
        results.add(
            InlineQueryResultArticle.builder()
                .id(Integer.toString(a.rank()))
                .title(title)
                .description(shorten(a.text()))
                .inputMessageContent(
                    InputTextMessageContent.builder()
                        .messageText(renderer.render(a).get(0))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(NO_PREVIEW)
                        .build())
                .build());
      }
    }
    queue.enqueue(
        Outgoing.to(
            Outgoing.Target.NONE,
            AnswerInlineQuery.builder()
                .inlineQueryId(q.getId())
                .results(results)
                .cacheTime(60)
                .build()));
  }

  private static String shorten(String text) {
    return text.length() <= INLINE_DESCRIPTION
        ? text
        : text.substring(0, INLINE_DESCRIPTION - 1).strip() + "…";
  }

  private void say(Place place, String html) {
    send(place, html, null, true);
  }

  private void send(Place place, String html, InlineKeyboardMarkup keyboard, boolean reply) {
    SendMessage.SendMessageBuilder<?, ?> b =
        SendMessage.builder()
            .chatId(place.chatId())
            .text(html)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(NO_PREVIEW);
    if (place.threadId() != null) {
      b.messageThreadId(place.threadId());
    }
    if (reply && place.replyTo() != null) {
      b.replyParameters(
          ReplyParameters.builder()
              .messageId(place.replyTo())
              .allowSendingWithoutReply(true)
              .build());
    }
    if (keyboard != null) {
      b.replyMarkup(keyboard);
    }
    queue.enqueue(Outgoing.to(place.target(), b.build()));
  }
}
