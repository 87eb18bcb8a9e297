package org.naba.digest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.naba.dialogue.Chat;
import org.naba.dialogue.ChatAdmins;
import org.naba.dialogue.ChatKind;
import org.naba.dialogue.CommandSet;
import org.naba.dialogue.Message;
import org.naba.dialogue.Reply;
import org.naba.dialogue.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's commands in any conversation: {@code /subscribe [HH:MM] [speaker or topic]}, {@code
 * /settings HH:MM [ZONE]}, {@code /subscriptions}, {@code /unsubscribe}.
 *
 * <p>Rules: in a private chat or a channel (where only its admins can post) anyone may change the
 * chat's subscription; in a group only its creator and administrators ({@link ChatAdmins}). A new
 * subscription takes the configured time and zone unless it gives a time; a renewed one keeps its
 * own.
 */
public final class SubscriptionCommands implements CommandSet {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionCommands.class);

  static final String SUBSCRIBED = "تم الاشتراك في الموجز اليومي: الساعة %s (%s)%s.";
  static final String SUBSCRIBED_QUERY = "، عن: %s";
  static final String UNSUBSCRIBED = "تم إلغاء الاشتراك في الموجز اليومي.";
  static final String NOT_SUBSCRIBED =
      "لا اشتراك في الموجز اليومي هنا. اكتب /subscribe للاشتراك (مثلاً: /subscribe 08:00).";
  static final String SETTINGS_USAGE =
      "اكتب الوقت ثم المنطقة الزمنية إن شئت، مثلاً: /settings 07:30 Asia/Baghdad";
  static final String SETTINGS_DONE = "سيصلك الموجز الساعة %s (%s).";
  static final String BAD_TIME = "لم أفهم الوقت أو المنطقة الزمنية. مثال: 08:00 Asia/Baghdad";
  static final String ADMINS_ONLY = "الاشتراك في المجموعات لمشرفيها فقط.";

  private static final List<CommandInfo> COMMANDS =
      List.of(
          new CommandInfo("subscribe", "الاشتراك في النشرة اليومية", true),
          new CommandInfo("unsubscribe", "إلغاء الاشتراك في النشرة", true),
          new CommandInfo("subscriptions", "اشتراكات النشرة", true),
          new CommandInfo("settings", "إعدادات النشرة", true));

  private final Subscriptions subscriptions;
  private final ChatAdmins admins;
  private final LocalTime defaultTime;
  private final ZoneId defaultZone;
  private final Clock clock;

  public SubscriptionCommands(
      Subscriptions subscriptions,
      ChatAdmins admins,
      LocalTime defaultTime,
      ZoneId defaultZone,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.admins = admins;
    this.defaultTime = defaultTime;
    this.defaultZone = defaultZone;
    this.clock = clock;
  }

  @Override
  public List<CommandInfo> commands() {
    return COMMANDS;
  }

  @Override
  public void run(Request.Command c, Consumer<Reply> out) {
    Chat chat = c.chat();
    String argument = c.argument() == null ? "" : c.argument().strip();
    if ("subscriptions".equals(c.name())) {
      out.accept(say(listing(chat.id())));
      return;
    }
    if (!mayChange(chat, c.userId())) {
      out.accept(say(ADMINS_ONLY));
      return;
    }
    out.accept(
        say(
            switch (c.name()) {
              case "subscribe" -> subscribe(chat.id(), argument);
              case "unsubscribe" ->
                  subscriptions.deactivate(chat.id()) ? UNSUBSCRIBED : NOT_SUBSCRIBED;
              case "settings" -> reschedule(chat.id(), argument);
              default -> throw new IllegalArgumentException("not a digest command: " + c.name());
            }));
  }

  private boolean mayChange(Chat chat, Long userId) {
    if (chat.kind() != ChatKind.GROUP) {
      return true;
    }
    if (userId == null) {
      return false;
    }
    try {
      return admins.isAdmin(chat, userId);
    } catch (RuntimeException e) {
      log.warn("cannot tell whether user {} runs chat {}: {}", userId, chat.id(), e.toString());
      return false;
    }
  }

  private static Reply say(String text) {
    return Reply.send(Message.line(text));
  }

  /** A time "H:MM" or "HH:MM", or null when {@code word} is not one. */
  static LocalTime timeOf(String word) {
    if (!word.matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      return LocalTime.parse(word.length() == 4 ? "0" + word : word);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private String subscribe(long chatId, String argument) {
    String rest = argument;
    Optional<Subscriptions.Subscription> before = subscriptions.of(chatId);
    LocalTime time = before.map(Subscriptions.Subscription::time).orElse(defaultTime);
    ZoneId zone = before.map(Subscriptions.Subscription::zone).orElse(defaultZone);
    String first = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
    LocalTime given = timeOf(first);
    if (given != null) {
      time = given;
      rest = rest.substring(first.length()).strip();
    }
    subscriptions.subscribe(chatId, time, zone, rest, clock.instant());
    return subscribed(time, zone, rest);
  }

  private static String subscribed(LocalTime time, ZoneId zone, String query) {
    String about = query.isEmpty() ? "" : SUBSCRIBED_QUERY.formatted(query);
    return SUBSCRIBED.formatted(time, zone.getId(), about);
  }

  private String listing(long chatId) {
    Optional<Subscriptions.Subscription> s =
        subscriptions.of(chatId).filter(Subscriptions.Subscription::active);
    return s.isEmpty()
        ? NOT_SUBSCRIBED
        : subscribed(s.get().time(), s.get().zone(), s.get().query());
  }

  private String reschedule(long chatId, String argument) {
    String[] words = argument.split("\\s+");
    if (argument.isBlank() || words.length > 2) {
      return SETTINGS_USAGE;
    }
    LocalTime time = timeOf(words[0]);
    ZoneId zone;
    try {
      zone =
          words.length == 2
              ? ZoneId.of(words[1])
              : subscriptions.of(chatId).map(Subscriptions.Subscription::zone).orElse(defaultZone);
    } catch (DateTimeException e) {
      zone = null;
    }
    if (time == null || zone == null) {
      return BAD_TIME;
    }
    return subscriptions.reschedule(chatId, time, zone)
        ? SETTINGS_DONE.formatted(time, zone.getId())
        : NOT_SUBSCRIBED;
  }
}
