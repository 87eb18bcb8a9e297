package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RespellingTest {

  @Test
  void theWordIsWrittenTheOtherWayAndTheRestAsAsked() {
    assertEquals(
        "ماذا قال ترامب عن خاشقجي؟", Respelling.of("ماذا قال ترمب عن خاشقجي؟", "ترمب", "ترامب"));
  }

  @Test
  void punctuationAroundTheWordIsKept() {
    assertEquals("ماذا قال «ترامب»؟", Respelling.of("ماذا قال «ترمب»؟", "ترمب", "ترامب"));
  }

  @Test
  void aWordThatOnlyHoldsItIsLeftAsItIs() {
    assertEquals("قال وترمب ترامب", Respelling.of("قال وترمب ترمب", "ترمب", "ترامب"));
  }
}
