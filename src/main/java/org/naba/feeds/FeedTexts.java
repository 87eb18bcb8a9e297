package org.naba.feeds;

import java.time.Instant;
import org.naba.store.FeedSource;

/** What the feeds say to people (admins in a chat, the terminal). */
final class FeedTexts {

  static final String ADMIN_ONLY = "هذا الأمر متاح للمشرفين فقط.";
  static final String NO_SOURCES = "لا مصادر بعد. أضف مصدراً: /addfeed رابط";
  static final String ADD_USAGE =
      "اكتب رابط الخلاصة بعد الأمر، مثلاً: /addfeed https://example.com/rss";
  static final String ADDED = "أُضيف المصدر %s (كل %s). ستصل أخباره خلال دقائق.";
  static final String ALREADY = "المصدر %s مضاف من قبل.";
  static final String REFUSED = "لم أُضف المصدر: %s";
  static final String SOURCES_TITLE = "المصادر";

  private FeedTexts() {}

  static String broken(SourcePoll.BrokenSource b) {
    return "تعطّل المصدر "
        + b.source().url()
        + " بعد "
        + b.failures()
        + " محاولات فاشلة متتالية، وسأحاول مرة في اليوم: "
        + b.error();
  }

  /** One line per source: URL, outlet, status, last fetch, new items, failures. */
  static String line(FeedSource s) {
    FeedSource.FetchState st = s.state();
    StringBuilder out = new StringBuilder(s.url());
    if (s.outlet() != null) {
      out.append(" (").append(s.outlet()).append(')');
    }
    out.append(" — ").append(s.status());
    if (st.lastFetchAt() != null) {
      out.append(", ").append(Instant.from(st.lastFetchAt()));
    }
    out.append(", new ").append(st.newItems()).append(", stored ").append(st.totalItems());
    if (st.failures() > 0) {
      out.append(", failures in a row ").append(st.failures());
    }
    if (st.lastError() != null) {
      out.append(", error: ").append(st.lastError());
    }
    return out.toString();
  }
}
