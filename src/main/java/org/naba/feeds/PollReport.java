package org.naba.feeds;

/**
 * What one poll of one source did.
 *
 * @param status {@code ok}, {@code not-modified}, or the failure's word ({@code http-404} …)
 * @param added articles stored as new
 * @param updated stored articles replaced by a new version
 * @param unchanged items already stored as they are
 * @param failed items that could not be stored (their page failed, say); tried again next poll
 * @param error the failure's one line, or {@code null}
 */
public record PollReport(
    String url, String status, int added, int updated, int unchanged, int failed, String error) {

  /** One line for {@code feeds poll --once}. */
  public String line() {
    return url
        + ": "
        + status
        + ", new "
        + added
        + ", updated "
        + updated
        + ", unchanged "
        + unchanged
        + ", failed "
        + failed
        + (error == null ? "" : " (" + error + ")");
  }
}
