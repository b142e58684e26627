package io.integra.core;

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
 * The core is the pure centre of the architecture (README, "Layout"): domain model, codebook,
 * formulas and assessment, with no I/O, no JDBC, no Jackson and no web types, so that every rule
 * can be read and tested without a file system, a database or a server. These rules fail the build
 * when an adapter's concern leaks in (e.g. an {@code import java.nio.file.Path} in the core).
 */
class ArchitectureTest {
  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.integra.core");

  @Test
  void theCoreDependsOnTheJdkLanguageAndCollectionsOnly() {
    classes().that().resideInAPackage("io.integra.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.integra.core..", "java.lang", "java.lang.invoke", "java.lang.runtime", "java.util..", "java.time..", "java.math..", "")
        .because("integra-core is pure: no I/O (java.io, java.nio), JDBC, Jackson, web or flows types")
        .check(CORE);
  }

  @Test
  void theCorePackagesHaveNoCycles() {
    slices().matching("io.integra.core.(*)..").should().beFreeOfCycles().check(CORE);
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
