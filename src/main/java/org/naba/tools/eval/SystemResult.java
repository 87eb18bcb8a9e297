package org.naba.tools.eval;

/**
 * One system's figures on one set.
 *
 * @param system the system's name
 * @param metrics R@1, R@5 and MRR@10
 * @param latency per-question search time
 */
public record SystemResult(String system, Metrics metrics, Latency latency) {}
