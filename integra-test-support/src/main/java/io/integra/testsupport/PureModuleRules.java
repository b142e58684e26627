package io.integra.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The rules of a pure module (ARCHITECTURE.md; integra-core and integra-qca): its classes depend on
 * the JDK's language, collections and numbers only — no I/O (java.io, java.nio), JDBC, Jackson,
 * web or flows types — so that every rule can be read and tested without a file system, a database
 * or a server; its packages have no cycles; and no source file imports such a type (bytecode keeps
 * no trace of an unused import). Written once here, run by each pure module's ArchitectureTest as
 * dynamic tests, so that `mvn test` of either module alone still checks it.
 */
public final class PureModuleRules {
  /** What every pure module may use: the language, collections and numbers ("" is primitives and arrays). */
  private static final List<String> JDK = List.of("java.lang", "java.lang.invoke", "java.lang.runtime", "java.util..", "java.math..", "");

  static final Pattern FORBIDDEN_IMPORT = Pattern.compile(
      "^import\\s+(static\\s+)?(java\\.io|java\\.nio|java\\.net|java\\.sql|javax\\.sql|com\\.fasterxml|io\\.javalin|org\\.duckdb|org\\.apache)\\b.*",
      Pattern.MULTILINE);

  private PureModuleRules() { }

  /**
   * The three rules for the module whose main classes are under {@code rootPackage} and whose
   * sources are in {@code src/main/java} of the working directory (the module's folder under
   * Maven), allowing {@code moreJdkPackages} (ArchUnit package patterns) beyond {@link #JDK}.
   */
  public static Stream<DynamicTest> check(String rootPackage, String... moreJdkPackages) {
    List<String> allowed = new ArrayList<>(JDK);
    allowed.add(rootPackage + "..");
    allowed.addAll(List.of(moreJdkPackages));
    String module = "the pure module " + rootPackage;
    return Stream.of(
        DynamicTest.dynamicTest(rootPackage + " depends on the JDK's language and collections only", () ->
            classes().that().resideInAPackage(rootPackage + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because(module + " has no I/O (java.io, java.nio), JDBC, Jackson, web or flows types")
                .check(mainClasses(rootPackage))),
        DynamicTest.dynamicTest(rootPackage + " packages have no cycles", () ->
            slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(mainClasses(rootPackage))),
        DynamicTest.dynamicTest("no source file of " + rootPackage + " imports I/O, JDBC, Jackson or web types", () ->
            assertThat(forbiddenImports(Path.of("src/main/java")))
                .as("imports of I/O, JDBC, Jackson or web types in " + module).isEmpty()));
  }

  private static JavaClasses mainClasses(String rootPackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
  }

  private static List<String> forbiddenImports(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
        try {
          return FORBIDDEN_IMPORT.matcher(Files.readString(p)).results().map(m -> p + ": " + m.group().trim());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
