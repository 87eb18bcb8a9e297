package org.naba.digest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.naba.answer.HtmlRenderer;
import org.naba.store.Store;
import org.naba.telegram.BotLedger;
import org.naba.telegram.Callbacks;
import org.naba.telegram.Outgoing;
import org.naba.telegram.SendQueue;
import org.naba.telegram.Subscriptions;
import org.naba.telegram.Subscriptions.Claim;
import org.naba.telegram.Subscriptions.Subscription;
import org.naba.text.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Sends the digests that are due.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A subscription is due on the local date of {@code now} in its zone once the local time has
 *       reached its time ({@link #dueDate}).
 *   <li>Each due digest is claimed in the ledger before it is queued and marked sent when the send
 *       queue confirms it; a claimed, unsent digest (crash, failed send) is sent again by a later
 *       run, for the same window; a sent one never again.
 *   <li>Messages go through the {@link SendQueue}, so its flood limits apply. A chat that answered
 *       403 (inactive in the {@link BotLedger}) has its subscription deactivated.
 *   <li>Nothing new for a chat: no message, unless an empty note is configured; the day counts as
 *       delivered either way.
 * </ul>
 */
public final class DigestRunner {

  private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);
  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  private static final String KEY_SEPARATOR = "/";

  /** The digest's heading. */
  public static final String HEADING = "موجز اليوم من نبأ";

  /** Label of a digest's button that asks for more of a speaker's statements. */
  static final String MORE_FROM = "المزيد من ";

  private final Subscriptions subscriptions;
  private final Store store;
  private final SendQueue queue;
  private final BotLedger ledger;
  private final DigestComposer composer;
  private final String emptyNote;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * @param emptyNote sent when a chat has nothing new; blank for no message
   */
  public DigestRunner(
      Subscriptions subscriptions,
      Store store,
      SendQueue queue,
      BotLedger ledger,
      DigestComposer composer,
      String emptyNote) {
    this.subscriptions = subscriptions;
    this.store = store;
    this.queue = queue;
    this.ledger = ledger;
    this.composer = composer;
    this.emptyNote = emptyNote == null ? "" : emptyNote.strip();
  }

  /** The local date whose digest is due at {@code now}, when the local time has reached it. */
  public static Optional<LocalDate> dueDate(Subscription s, Instant now) {
    ZonedDateTime local = now.atZone(s.zone());
    return local.toLocalTime().isBefore(s.time())
        ? Optional.empty()
        : Optional.of(local.toLocalDate());
  }

  /** The message the chat would get for the window {@code (since, upTo]}, if any. */
  public Optional<String> message(Subscription s, Instant since, Instant upTo) {
    return message(store, composer, emptyNote, s.query(), since, upTo);
  }

  /** One run's shared work: windows prepared once, messages composed once per window and query. */
  private final class RunCache {
    final Map<List<Instant>, DigestComposer.Window> windows = new HashMap<>();
    final Map<List<Object>, Optional<Composed>> messages = new HashMap<>();

    Optional<Composed> message(Subscription s, Claim claim) {
      List<Instant> span = List.of(claim.since(), claim.upTo());
      return messages.computeIfAbsent(
          List.of(span, ArabicNormalizer.normalize(s.query()).strip()),
          k -> {
            DigestComposer.Window window =
                windows.computeIfAbsent(
                    span,
                    w -> DigestComposer.prepare(store.quotesIngested(claim.since(), claim.upTo())));
            Optional<DigestComposer.Digest> digest = composer.compose(window, s.query());
            return render(digest, emptyNote)
                .map(
                    html ->
                        new Composed(html, digest.map(DigestRunner::speakers).orElse(List.of())));
          });
    }
  }

  /** A digest message and the speakers its "more" buttons offer. */
  private record Composed(String html, List<String> speakers) {}

  /** The digest's distinct speakers, in order, whose names fit a button's callback data. */
  static List<String> speakers(DigestComposer.Digest digest) {
    return digest.items().stream()
        .map(DigestComposer.Item::speaker)
        .filter(name -> name != null && fitsCallback(name))
        .distinct()
        .toList();
  }

  /** Telegram allows 64 bytes of callback data. */
  private static boolean fitsCallback(String name) {
    return (Callbacks.SPEAKER_PREFIX + name).getBytes(StandardCharsets.UTF_8).length <= 64;
  }

  /** One "more from X" button a row, each asking the bot for that speaker's statements. */
  static InlineKeyboardMarkup moreButtons(List<String> speakers) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (String name : speakers) {
      rows.add(
          new InlineKeyboardRow(
              InlineKeyboardButton.builder()
                  .text(MORE_FROM + name)
                  .callbackData(Callbacks.SPEAKER_PREFIX + name)
                  .build()));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /**
   * The digest message for the statements of {@code store} ingested in {@code (since, upTo]} that
   * match {@code query}: the composed digest, else {@code emptyNote} when not blank, else nothing.
   */
  public static Optional<String> message(
      Store store,
      DigestComposer composer,
      String emptyNote,
      String query,
      Instant since,
      Instant upTo) {
    List<Store.QuoteListing> quotes = store.quotesIngested(since, upTo);
    return render(composer.compose(quotes, query), emptyNote);
  }

  /** The digest as a message no longer than Telegram's limit, else the empty note, else nothing. */
  public static Optional<String> render(Optional<DigestComposer.Digest> digest, String emptyNote) {
    if (digest.isEmpty()) {
      return emptyNote == null || emptyNote.isBlank()
          ? Optional.empty()
          : Optional.of(HtmlRenderer.escape(emptyNote.strip()));
    }
    List<DigestComposer.Item> items = digest.get().items();
    String html = DigestComposer.render(digest.get(), HEADING);
    while (html.length() > HtmlRenderer.MAX_MESSAGE && items.size() > 1) {
      items = items.subList(0, items.size() - 1);
      html = DigestComposer.render(new DigestComposer.Digest(items), HEADING);
    }
    return Optional.of(html);
  }

  /**
   * Digests queued by this runner whose send is not confirmed yet (those to chats that answered 403
   * are forgotten: they will never be confirmed).
   */
  public int inFlight() {
    inFlight.removeIf(
        key -> !ledger.isActive(Long.parseLong(key.substring(0, key.indexOf(KEY_SEPARATOR)))));
    return inFlight.size();
  }

  /** Queues every digest due at {@code now}; returns how many messages were queued. */
  public int runDue(Instant now) {
    int queued = 0;
    // subscriptions with the same window share one grouping of its statements, and those with
    // the same window and query one message
    RunCache cache = new RunCache();
    for (Subscription s : subscriptions.active()) {
      if (!ledger.isActive(s.chatId())) {
        subscriptions.deactivate(s.chatId());
        log.info("chat {} is inactive: its digest subscription is deactivated", s.chatId());
        continue;
      }
      Optional<LocalDate> date = dueDate(s, now);
      if (date.isEmpty()) {
        continue;
      }
      Claim claim = subscriptions.claim(s, date.get(), now);
      String key = s.chatId() + KEY_SEPARATOR + claim.date();
      if (claim.sent() || !inFlight.add(key)) {
        continue;
      }
      Optional<Composed> composed = cache.message(s, claim);
      if (composed.isEmpty()) {
        subscriptions.markSent(claim);
        inFlight.remove(key);
        continue;
      }
      SendMessage send =
          SendMessage.builder()
              .chatId(s.chatId())
              .text(composed.get().html())
              .parseMode(ParseMode.HTML)
              .linkPreviewOptions(NO_PREVIEW)
              .replyMarkup(
                  composed.get().speakers().isEmpty()
                      ? null
                      : moreButtons(composed.get().speakers()))
              .build();
      queue.enqueue(
          new Outgoing(
              Outgoing.Target.chat(s.chatId(), s.chatId() < 0),
              send,
              result -> {
                subscriptions.markSent(claim);
                inFlight.remove(key);
              },
              // given up (5xx retries spent, refused, blocked): the claim stays unsent and the
              // next run sends it again; a 403 deactivates the subscription there instead
              () -> inFlight.remove(key)));
      queued++;
    }
    return queued;
  }
}
