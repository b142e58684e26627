package io.integra.storage.workspace;

import io.integra.core.cases.Coding;
import java.time.Instant;

/**
 * A coding as the workspace holds it, with the version an editor must quote to change it
 * (optimistic locking) and who last changed it when.
 *
 * @param version starts at 1; every committed change adds one
 */
public record StoredCoding(CodingKey key, Coding coding, long version, Instant changedAt, String changedBy) { }
