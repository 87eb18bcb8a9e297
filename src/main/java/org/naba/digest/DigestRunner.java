package org.naba.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.naba.answer.ShownSpeakers;
import org.naba.dialogue.Callback;
import org.naba.dialogue.Chat;
import org.naba.dialogue.Keyboard;
import org.naba.dialogue.Message;
import org.naba.dialogue.Outbox;
import org.naba.digest.Subscriptions.Claim;
import org.naba.digest.Subscriptions.Subscription;
import org.naba.metrics.NabaMetrics;
import org.naba.store.Store;
import org.naba.text.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests that are due.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A subscription is due on the local date of {@code now} in its zone once the local time has
 *       reached its time ({@link #dueDate}).
 *   <li>Each due digest is claimed in the ledger before it is pushed, marked as being written just
 *       before the outbox hands it to Telegram, and marked sent when the {@link Outbox} confirms
 *       it. A claimed digest that surely did not go out (a crash while it waited in the queue, a
 *       refusal, tries spent on failed connections) is sent again by a later run, for the same
 *       window; a sent one never again.
 *   <li>A digest whose outcome is unknown (the outbox took it and lost the answer; or a later run
 *       finds it still being written, because the process that wrote it died) is recorded as
 *       uncertain and never sent again: a digest twice is worse than one lost.
 *   <li>Digests go through the outbox, so the bot's flood limits apply. A chat that blocked the bot
 *       has its subscription deactivated. The terminal's chat is never sent to.
 *   <li>Nothing new for a chat: no message, unless an empty note is configured; the day counts as
 *       delivered either way.
 * </ul>
 */
public final class DigestRunner {

  private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);

  private static final String KEY_SEPARATOR = "/";

  /** The digest's heading. */
  public static final String HEADING = "موجز اليوم من نبأ";

  /** Label of a digest's button that asks for more of a speaker's statements. */
  static final String MORE_FROM = "المزيد من ";

  private final Subscriptions subscriptions;
  private final Store store;
  private final Outbox outbox;
  private final DigestComposer composer;
  private final String emptyNote;
  private final NabaMetrics metrics;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicLong sent =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong uncertain =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong notSent =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param emptyNote sent when a chat has nothing new; blank for no message
   */
  public DigestRunner(
      Subscriptions subscriptions,
      Store store,
      Outbox outbox,
      DigestComposer composer,
      String emptyNote) {
    this(subscriptions, store, outbox, composer, emptyNote, NabaMetrics.inMemory());
  }

  /**
   * @param emptyNote sent when a chat has nothing new; blank for no message
   * @param metrics counts the digests sent and uncertain
   */
  public DigestRunner(
      Subscriptions subscriptions,
      Store store,
      Outbox outbox,
      DigestComposer composer,
      String emptyNote,
      NabaMetrics metrics) {
    this.subscriptions = subscriptions;
    this.store = store;
    this.outbox = outbox;
    this.composer = composer;
    this.emptyNote = emptyNote == null ? "" : emptyNote.strip();
    this.metrics = metrics;
  }

  /**
   * What became of the digests this runner pushed so far.
   *
   * @param sent confirmed by the outbox
   * @param uncertain may or may not have arrived (never sent again)
   * @param notSent surely not sent (a later run sends them)
   */
  public record Outcomes(long sent, long uncertain, long notSent) {}

  public Outcomes outcomes() {
    return new Outcomes(sent.get(), uncertain.get(), notSent.get());
  }

  /** The local date whose digest is due at {@code now}, when the local time has reached it. */
  public static Optional<LocalDate> dueDate(Subscription s, Instant now) {
    ZonedDateTime local = now.atZone(s.zone());
    return local.toLocalTime().isBefore(s.time())
        ? Optional.empty()
        : Optional.of(local.toLocalDate());
  }

  /** The message the chat would get for the window {@code (since, upTo]}, if any. */
  public Optional<Message> message(Subscription s, Instant since, Instant upTo) {
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
                windows.computeIfAbsent(span, w -> window(store, claim.since(), claim.upTo()));
            Optional<DigestComposer.Digest> digest = composer.compose(window, s.query());
            return render(digest, emptyNote)
                .map(
                    m ->
                        new Composed(
                            m, digest.map(DigestRunner::moreButtons).orElse(Keyboard.NONE)));
          });
    }
  }

  /** A digest message and its "more from" buttons. */
  private record Composed(Message message, Keyboard buttons) {}

  /**
   * One "more from X" button a row, for the digest's distinct speakers whose names fit a button,
   * each asking the bot for that speaker's statements.
   */
  static Keyboard moreButtons(DigestComposer.Digest digest) {
    return Keyboard.column(
        digest.items().stream()
            .map(DigestComposer.Item::speaker)
            .filter(name -> name != null && Callback.fits(new Callback.Speaker(name)))
            .distinct()
            .map(name -> new Keyboard.Button(MORE_FROM + name, new Callback.Speaker(name)))
            .toList());
  }

  /**
   * The digest message for the statements of {@code store} ingested in {@code (since, upTo]} that
   * match {@code query}: the composed digest, else {@code emptyNote} when not blank, else nothing.
   */
  public static Optional<Message> message(
      Store store,
      DigestComposer composer,
      String emptyNote,
      String query,
      Instant since,
      Instant upTo) {
    return render(composer.compose(window(store, since, upTo), query), emptyNote);
  }

  /** The statements of {@code (since, upTo]}, grouped and ranked, one item per story. */
  static DigestComposer.Window window(Store store, Instant since, Instant upTo) {
    // a digest lists who said what: no speaker read behind لـ (لدونالد ترامب) is a name to list
    Predicate<String> shown = new ShownSpeakers(store).now();
    List<Store.QuoteListing> quotes =
        store.quotesIngested(since, upTo).stream()
            .filter(q -> q.speaker() != null && shown.test(q.speaker()))
            .toList();
    Map<String, String> stories =
        store.stories().storyOf(quotes.stream().map(Store.QuoteListing::articleId).toList());
    return DigestComposer.prepare(quotes, id -> stories.getOrDefault(id, id));
  }

  /** The digest as a message, else the empty note, else nothing. */
  public static Optional<Message> render(Optional<DigestComposer.Digest> digest, String emptyNote) {
    if (digest.isEmpty()) {
      return emptyNote == null || emptyNote.isBlank()
          ? Optional.empty()
          : Optional.of(Message.line(emptyNote.strip()));
    }
    return Optional.of(DigestComposer.message(digest.get(), HEADING));
  }

  /**
   * Digests pushed by this runner whose delivery is not known yet (those to chats that blocked the
   * bot are forgotten: they will never be confirmed).
   */
  public int inFlight() {
    inFlight.removeIf(
        key -> !outbox.reachable(Long.parseLong(key.substring(0, key.indexOf(KEY_SEPARATOR)))));
    return inFlight.size();
  }

  /** Pushes every digest due at {@code now}; returns how many messages were pushed. */
  public int runDue(Instant now) {
    int queued = 0;
    // subscriptions with the same window share one grouping of its statements, and those with
    // the same window and query one message
    RunCache cache = new RunCache();
    for (Subscription s : subscriptions.active()) {
      if (s.chatId() == Chat.TERMINAL_ID) {
        continue; // the terminal previews its digest; nothing is sent there
      }
      if (!outbox.reachable(s.chatId())) {
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
      if (claim.settled() || !inFlight.add(key)) {
        continue;
      }
      if (claim.state() == Subscriptions.State.WRITING) {
        // not in flight here: the process that was writing it died, so it may have arrived
        log.warn(
            "the digest of chat {} for {} was being written when its process stopped: recorded as"
                + " uncertain, not sent again",
            s.chatId(),
            claim.date());
        subscriptions.markUncertain(claim);
        metrics.digest("uncertain");
        inFlight.remove(key);
        continue;
      }
      Optional<Composed> composed = cache.message(s, claim);
      if (composed.isEmpty()) {
        subscriptions.markSent(claim);
        inFlight.remove(key);
        continue;
      }
      outbox.push(
          s.chatId(),
          composed.get().message(),
          composed.get().buttons(),
          () -> subscriptions.markWriting(claim),
          delivery -> {
            try {
              settle(claim, delivery);
            } finally {
              inFlight.remove(key);
            }
          });
      queued++;
    }
    return queued;
  }

  private void settle(Claim claim, Outbox.Delivery delivery) {
    switch (delivery) {
      case SENT -> {
        subscriptions.markSent(claim);
        sent.incrementAndGet();
        metrics.digest("sent");
      }
      case UNCERTAIN -> {
        subscriptions.markUncertain(claim);
        uncertain.incrementAndGet();
        metrics.digest("uncertain");
      }
      // surely not sent (refused, tries spent, blocked): the claim is open again and the next run
      // sends it; a blocked chat's subscription is deactivated there instead
      case NOT_SENT, BLOCKED -> {
        subscriptions.release(claim);
        notSent.incrementAndGet();
      }
    }
  }
}
