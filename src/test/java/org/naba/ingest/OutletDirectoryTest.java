package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletDirectoryTest {

  static final Path CONFIG = Path.of("config/outlets.json");
  private final OutletDirectory outlets = OutletDirectory.load(CONFIG);

  @Test
  void mapsTheSeedOutletsToTheirDisplayNames() {
    assertEquals(Optional.of("روداو"), outlets.canonical("Rudaw"));
    assertEquals(Optional.of("العراقية"), outlets.canonical("Al Iraqiya"));
    assertEquals(Optional.of("السومرية"), outlets.canonical("السومرية نيوز"));
    assertEquals(Optional.of("الأولى نيوز"), outlets.canonical("الاولى نيوز"));
  }

  @Test
  void mapsTheCorpusCodesToArabicNames() {
    assertEquals(Optional.of("العربية"), outlets.canonical("alarabia"));
    assertEquals(Optional.of("بي بي سي عربي"), outlets.canonical("BBC"));
    assertEquals(Optional.of("سي إن إن بالعربية"), outlets.canonical("CNN"));
    assertEquals(Optional.of("فرانس 24"), outlets.canonical("france24"));
    assertEquals(Optional.of("سكاي نيوز عربية"), outlets.canonical("skynews"));
    assertEquals(Optional.of("عكاظ"), outlets.canonical("okaz"));
    assertEquals(Optional.of("عين اليوم"), outlets.canonical("3alyoum"));
    assertEquals(Optional.of("واس"), outlets.canonical("was"));
  }

  @Test
  void matchesIgnoringHamzaDiacriticsPunctuationAndLatinCase() {
    assertEquals(Optional.of("روداو"), outlets.canonical("  RUDAW.net "));
    assertEquals(Optional.of("سي إن إن بالعربية"), outlets.canonical("سي ان ان بالعربيه"));
    assertEquals(Optional.of("العراقية"), outlets.canonical("العِراقيّة"));
  }

  @Test
  void keepsAnUnknownNameAsGivenForDisplay() {
    assertEquals(Optional.empty(), outlets.canonical("Example Times"));
    assertEquals("Example Times", outlets.displayName(" Example Times "));
    assertEquals(null, outlets.displayName(" "));
  }

  @Test
  void recognisesALineThatIsOnlyAnOutletName() {
    assertEquals(Optional.of("روداو"), outlets.outletLine("روداو"));
    assertEquals(Optional.of("روداو"), outlets.outletLine("المصدر: روداو"));
    assertEquals(Optional.empty(), outlets.outletLine("قال مراسل روداو إن الوضع هادئ."));
  }

  @Test
  void findsTheOutletAtTheEndOfSeed001sTitle() {
    OutletDirectory.TitleOutlet found =
        outlets
            .atEndOfTitle("خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب لمطاردة الإرهاب العراقية")
            .orElseThrow();
    assertEquals("العراقية", found.outlet());
    assertEquals("خلية تنسيق استخباري بقيادة جهاز مكافحة الإرهاب لمطاردة الإرهاب", found.title());
    assertFalse(found.separated());
  }

  @Test
  void findsAMultiWordOutletAfterASeparator() {
    OutletDirectory.TitleOutlet found =
        outlets.atEndOfTitle("انفجار في بغداد - سكاي نيوز عربية").orElseThrow();
    assertEquals("سكاي نيوز عربية", found.outlet());
    assertEquals("انفجار في بغداد", found.title());
    assertTrue(found.separated());
  }

  @Test
  void readsADefiniteFeminineNounBeforeTheNameAsAnAdjective() {
    assertEquals(Optional.empty(), outlets.atEndOfTitle("اجتماع طارئ لأعضاء الحكومة العراقية"));
  }

  @Test
  void needsASeparatorBeforeAnAmbiguousName() {
    assertEquals(Optional.empty(), outlets.atEndOfTitle("قمة الدول العربية"));
    assertEquals(Optional.empty(), outlets.atEndOfTitle("السلام في الشرق الأوسط"));
    assertEquals("العربية", outlets.atEndOfTitle("قمة الدول | العربية").orElseThrow().outlet());
  }

  @Test
  void needsSomethingLeftOfTheTitle() {
    assertEquals(Optional.empty(), outlets.atEndOfTitle("روداو"));
  }

  @Test
  void refusesAnAliasThatNamesTwoOutlets() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new OutletDirectory(
                    List.of(
                        new OutletDirectory.Outlet("أ", List.of("X"), false),
                        new OutletDirectory.Outlet("ب", List.of("x"), false))));
    assertTrue(e.getMessage().contains("names both 'أ' and 'ب'"), e.getMessage());
  }

  @Test
  void namesTheFileWhenTheConfigurationIsBroken(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("outlets.json");
    Files.writeString(file, "{\"outlets\": [{\"aliases\": []}]}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutletDirectory.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("#1"), e.getMessage());
  }
}
