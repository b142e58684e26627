package io.integra.qca.reference;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * Manifest entries deliberately not reproduced (R helpers without an Integra counterpart), each reported as an
 * aborted (skipped) test with the reason from {@link ReferenceChecks#NOT_COVERED}.
 */
class NotCoveredReferenceTest {
    @TestFactory
    Stream<DynamicTest> notCoveredEntries() {
        return ReferenceChecks.notCovered();
    }
}
