package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShinglesTest {

  // seed 000 (روداو) and a clipped, respelled copy of the same statement
  private static final String STATEMENT =
      "هناك تنسيق استخباري وتبادل للمعلومات مع اجهزة مكافحة الارهاب والاسايش في اقليم كوردستان";

  @Test
  void aClippedCopyOfAStatementIsContainedInIt() {
    Shingles full = Shingles.of(STATEMENT);
    Shingles clipped = Shingles.of("تنسيقٌ استخباري وتبادل للمعلومات مع أجهزة مكافحة الإرهاب");
    assertTrue(full.containment(clipped) >= 0.6, "containment " + full.containment(clipped));
  }

  @Test
  void twoStatementsOnTheSameTopicAreNotTheSame() {
    Shingles other =
        Shingles.of(
            "تنامي التعاون والتنسيق مع اقليم كردستان أسهم بالقبض على عدد من القيادات الارهابية");
    assertTrue(Shingles.of(STATEMENT).containment(other) < 0.2);
  }

  @Test
  void containmentIsSymmetricAndOneForTheSameText() {
    Shingles a = Shingles.of(STATEMENT);
    assertEquals(1.0, a.containment(Shingles.of(STATEMENT)));
    Shingles b = Shingles.of("مع اجهزة مكافحة الارهاب والاسايش");
    assertEquals(a.containment(b), b.containment(a));
  }
}
