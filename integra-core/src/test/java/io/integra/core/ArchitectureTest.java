package io.integra.core;

import io.integra.testsupport.PureModuleRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The core is the pure centre of the architecture (ARCHITECTURE.md): domain model, codebook,
 * formulas and assessment, with no I/O, no JDBC, no Jackson and no web types, so that every rule
 * can be read and tested without a file system, a database or a server. The rules
 * ({@link PureModuleRules}, shared with integra-qca) fail the build when an adapter's concern leaks
 * in (e.g. an {@code import java.nio.file.Path} in the core). Dates are the core's business
 * (spells, codings, evidence dates), so {@code java.time} is allowed here.
 */
class ArchitectureTest {
  @TestFactory
  Stream<DynamicTest> theCoreIsPure() {
    return PureModuleRules.check("io.integra.core", "java.time..");
  }
}
