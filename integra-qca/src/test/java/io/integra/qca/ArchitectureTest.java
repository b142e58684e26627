package io.integra.qca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * integra-qca holds the set-theoretic methods only (README, "Layout"): no I/O, JDBC, Jackson or web
 * types, so that it can be checked against R's QCA package without files or servers; data arrive
 * from adapters (the CLI's CSV reader, the case base) as plain values.
 */
class ArchitectureTest {
  static final JavaClasses QCA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.integra.qca");

  @Test
  void qcaDependsOnTheJdkLanguageAndCollectionsOnly() {
    classes().that().resideInAPackage("io.integra.qca..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.integra.qca..", "java.lang", "java.lang.invoke", "java.lang.runtime", "java.util..", "java.math..", "")
        .because("integra-qca is pure: no I/O (java.io, java.nio), JDBC, Jackson or web types")
        .check(QCA);
  }

  @Test
  void qcaPackagesHaveNoCycles() {
    slices().matching("io.integra.qca.(*)..").should().beFreeOfCycles().check(QCA);
  }

  /** Bytecode keeps no trace of an unused import; the sources are read for those. */
  static final Pattern FORBIDDEN_IMPORT = Pattern.compile(
      "^import\\s+(static\\s+)?(java\\.io|java\\.nio|java\\.net|java\\.sql|javax\\.sql|com\\.fasterxml|io\\.javalin|org\\.duckdb|org\\.apache)\\b.*", Pattern.MULTILINE);

  @Test
  void noSourceFileImportsIoJdbcJacksonOrWebTypes() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
        try {
          return FORBIDDEN_IMPORT.matcher(Files.readString(p)).results().map(m -> p + ": " + m.group().trim());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(offenders).as("imports of I/O, JDBC, Jackson or web types in a pure module").isEmpty();
  }
}
