package org.naba.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackTest {

  @Test
  void everyCallbackReadsBackFromItsWireForm() {
    for (Callback c :
        List.of(
            new Callback.More(12, 3),
            new Callback.Source(12, 1),
            new Callback.Wordings(12, 2),
            new Callback.Speaker("صباح النعمان"))) {
      assertEquals(Optional.of(c), Callback.parse(c.data()), c.data());
    }
  }

  @Test
  void theWireFormsOfButtonsAlreadySentStayTheSame() {
    assertEquals("m:12:3", new Callback.More(12, 3).data());
    assertEquals("s:12:1", new Callback.Source(12, 1).data());
    assertEquals("o:12:2", new Callback.Wordings(12, 2).data());
    assertTrue(Callback.fits(new Callback.Wordings(Long.MAX_VALUE, Integer.MAX_VALUE)));
    assertEquals("w:النعمان", new Callback.Speaker("النعمان").data());
  }

  @Test
  void malformedDataIsNoCallback() {
    for (String data :
        new String[] {
          null, "", "m:", "m:1", "m:1:x", "m:1:2:3", "s:x:1", "m:1:-1", "o:1", "o:x:1", "o:1:-2",
          "w:", "z:1:2", "m-1-2"
        }) {
      assertTrue(Callback.parse(data).isEmpty(), String.valueOf(data));
    }
  }

  @Test
  void aSpeakerButtonFitsOnlyWithinTelegramsSixtyFourBytes() {
    assertTrue(Callback.fits(new Callback.Speaker("صباح النعمان")));
    assertFalse(Callback.fits(new Callback.Speaker("ا".repeat(40))), "80 bytes of Arabic");
  }
}
