package io.integra.qca;

import io.integra.testsupport.PureModuleRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * integra-qca holds the set-theoretic methods only (ARCHITECTURE.md): no I/O, JDBC, Jackson or web
 * types, so that it can be checked against R's QCA package without files or servers; data arrive
 * from adapters (the CLI's CSV reader, the case base) as plain values. The rules are
 * {@link PureModuleRules}, shared with integra-core (without {@code java.time}: QCA has no dates).
 */
class ArchitectureTest {
  @TestFactory
  Stream<DynamicTest> qcaIsPure() {
    return PureModuleRules.check("io.integra.qca");
  }
}
