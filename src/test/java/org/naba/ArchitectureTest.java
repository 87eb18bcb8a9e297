package org.naba;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.naba.(*)..").should().beFreeOfCycles().check(PRODUCT);
  }
}
