package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ParaphrasesTest {

  @Test
  void bundledTableLoadsAndNamesTheCommandThatRebuildsIt() {
    Paraphrases p = Paraphrases.bundled();
    assertTrue(
        p.header().get(0).contains(Paraphrases.COMMAND + " --data"),
        "first header line: " + p.header().get(0));
    assertTrue(p.stems() > 1000, "stems: " + p.stems());
    // a stem of the news learned from the stories: قال is reworded as أوضح, أضاف, أكد …
    assertTrue(p.of("قال").stream().anyMatch(s -> s.stem().equals("اكد")), "قال → " + p.of("قال"));
    assertEquals(java.util.List.of(), p.of("no such stem"));
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> Paraphrases.read(new StringReader("# rebuilt by: x\nتنو\tتعتزم\n"), "t.tsv"));
    assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    IOException self =
        assertThrows(
            IOException.class,
            () -> Paraphrases.read(new StringReader("تنو\tتنو\t0.5\n"), "t.tsv"));
    assertTrue(self.getMessage().startsWith("t.tsv:1:"), self.getMessage());
  }
}
