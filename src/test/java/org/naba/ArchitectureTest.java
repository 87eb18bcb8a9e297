package org.naba;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The import graph of the product (DESIGN.md, "Packages"), checked on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.naba");

  @Test
  void productPackagesNeverUseEvaluationBenchmarkOrFakeCode() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.naba.tools..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.naba.tools..")
        .check(PRODUCT);
  }

  /**
   * DESIGN.md: cli → telegram, digest → dialogue → answer → search, stories, quotes, store → text;
   * ops (the admin endpoint, backups) for cli only; metrics (the meters' names) below every layer
   * that counts; feeds beside them (it uses store, ingest, text and config, and adds its admin
   * commands to dialogue).
   */
  @Test
  void packagesStackOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy("org.naba.cli..")
        .layer("telegram")
        .definedBy("org.naba.telegram..")
        .layer("digest")
        .definedBy("org.naba.digest..")
        .layer("feeds")
        .definedBy("org.naba.feeds..")
        .layer("dialogue")
        .definedBy("org.naba.dialogue..")
        .layer("answer")
        .definedBy("org.naba.answer..")
        .layer("search")
        .definedBy("org.naba.search..")
        .layer("stories")
        .definedBy("org.naba.stories..")
        .layer("ingest")
        .definedBy("org.naba.ingest..")
        .layer("store")
        .definedBy("org.naba.store..")
        .layer("quotes")
        .definedBy("org.naba.quotes..")
        .layer("config")
        .definedBy("org.naba.config..")
        .layer("text")
        .definedBy("org.naba.text..")
        .layer("ops")
        .definedBy("org.naba.ops..")
        .layer("metrics")
        .definedBy("org.naba.metrics..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("telegram")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("digest")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("feeds")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("dialogue")
        .mayOnlyBeAccessedByLayers("cli", "telegram", "digest", "feeds")
        .whereLayer("answer")
        .mayOnlyBeAccessedByLayers("cli", "telegram", "digest", "dialogue")
        .whereLayer("search")
        .mayOnlyBeAccessedByLayers("cli", "answer")
        .whereLayer("stories")
        .mayOnlyBeAccessedByLayers("cli", "digest", "dialogue", "answer")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers("cli", "feeds")
        .whereLayer("config")
        .mayOnlyBeAccessedByLayers("cli", "feeds")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers(
            "cli", "digest", "dialogue", "answer", "search", "ingest", "feeds", "stories")
        .whereLayer("ops")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("metrics")
        .mayOnlyBeAccessedByLayers("cli", "telegram", "digest", "dialogue", "ops")
        .whereLayer("quotes")
        .mayOnlyBeAccessedByLayers("cli", "answer", "search", "ingest", "store", "stories")
        .check(PRODUCT);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.naba.(*)..").should().beFreeOfCycles().check(PRODUCT);
  }
}
