package org.naba.tools.stories;

import java.util.Arrays;
import java.util.List;
import org.naba.stories.StoryArticle;
import org.naba.stories.StoryClusterer;
import org.naba.stories.StoryTuning;

/**
 * Times story clustering over a corpus already read and analysed: whole passes (a fresh clusterer
 * each, articles oldest first, as {@code naba stories rebuild} does) and each article's add.
 */
public final class StoryBenchmark {

  /**
   * @param passSeconds the time of each whole pass, sorted
   * @param passCpuSeconds the processor time of the clustering thread in each pass, sorted (on a
   *     loaded machine, the wall time counts other processes' turns too)
   * @param addNanos the time of each add of the last pass, sorted
   */
  public record Figures(
      int articles, int stories, double[] passSeconds, double[] passCpuSeconds, long[] addNanos) {

    public double medianPassCpuSeconds() {
      return passCpuSeconds[passCpuSeconds.length / 2];
    }

    public double medianPassSeconds() {
      return passSeconds[passSeconds.length / 2];
    }

    public double addMillis(int percentile) {
      int i = (int) Math.ceil(percentile / 100.0 * addNanos.length) - 1;
      return addNanos[Math.max(0, Math.min(addNanos.length - 1, i))] / 1e6;
    }
  }

  private final StoryTuning tuning;

  public StoryBenchmark(StoryTuning tuning) {
    this.tuning = tuning;
  }

  /** Clusters {@code articles} {@code passes} times. */
  public Figures run(List<StoryArticle> articles, int passes) {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1, was " + passes);
    }
    double[] seconds = new double[passes];
    double[] cpu = new double[passes];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] adds = new long[articles.size()];
    int stories = 0;
    for (int p = 0; p < passes; p++) {
      StoryClusterer clusterer = new StoryClusterer(tuning);
      stories = 0;
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < articles.size(); i++) {
        long s = System.nanoTime();
        if (clusterer.add(articles.get(i)).started()) {
          stories++;
        }
        adds[i] = System.nanoTime() - s;
      }
      seconds[p] = (System.nanoTime() - start) / 1e9;
      cpu[p] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    Arrays.sort(adds);
    return new Figures(articles.size(), stories, seconds, cpu, adds);
  }
}
