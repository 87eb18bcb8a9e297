package org.naba.tools.eval;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression fitted by Newton's method (iteratively reweighted
 * least squares) on standardised features: small, exact, and deterministic for the same examples.
 *
 * @param mean each feature's mean over the examples
 * @param scale each feature's standard deviation (1 where it is 0)
 * @param weights one a feature, on the standardised scale
 */
public record LogisticRegression(double[] mean, double[] scale, double[] weights, double bias) {

  /** One training example: its features, whether it was right, and how much it counts. */
  public record Example(double[] x, boolean y, double weight) {}

  private static final int ITERATIONS = 50;
  private static final double TOLERANCE = 1e-9;

  /** Fits the examples with ridge penalty {@code lambda} on the weights (not the bias). */
  public static LogisticRegression fit(List<Example> examples, double lambda) {
    int d = examples.get(0).x().length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    double total = 0;
    for (Example e : examples) {
      total += e.weight();
      for (int j = 0; j < d; j++) {
        mean[j] += e.weight() * e.x()[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= total;
    }
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        double v = e.x()[j] - mean[j];
        scale[j] += e.weight() * v * v;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.sqrt(scale[j] / total);
      if (scale[j] < 1e-12) {
        scale[j] = 1;
      }
    }
    double[][] z = new double[examples.size()][];
    for (int i = 0; i < z.length; i++) {
      double[] x = examples.get(i).x();
      double[] row = new double[d + 1];
      for (int j = 0; j < d; j++) {
        row[j] = (x[j] - mean[j]) / scale[j];
      }
      row[d] = 1; // the bias
      z[i] = row;
    }
    double[] w = new double[d + 1];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d + 1];
      double[][] hessian = new double[d + 1][d + 1];
      for (int i = 0; i < z.length; i++) {
        double p = sigmoid(dot(w, z[i]));
        double y = examples.get(i).y() ? 1 : 0;
        double weight = examples.get(i).weight();
        double s = weight * Math.max(p * (1 - p), 1e-12);
        for (int a = 0; a <= d; a++) {
          gradient[a] += weight * (p - y) * z[i][a];
          for (int b = 0; b <= a; b++) {
            hessian[a][b] += s * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          hessian[b][a] = hessian[a][b];
        }
        if (a < d) {
          gradient[a] += lambda * w[a];
          hessian[a][a] += lambda;
        }
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        change = Math.max(change, Math.abs(step[a]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    double[] weights = new double[d];
    System.arraycopy(w, 0, weights, 0, d);
    return new LogisticRegression(mean, scale, weights, w[d]);
  }

  public double probability(double[] x) {
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * (x[j] - mean[j]) / scale[j];
    }
    return sigmoid(z);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves {@code m x = v} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] m, double[] v) {
    int n = v.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = java.util.Arrays.copyOf(m[i], n + 1);
      a[i][n] = v[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c <= n; c++) {
          a[r][c] -= f * a[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
