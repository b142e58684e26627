package io.integra.storage.workspace;

import java.time.Instant;

/**
 * What a workspace is and holds.
 *
 * @param location     the SQLite file or the JDBC URL (without password)
 * @param kind         {@code sqlite} or {@code postgresql}
 * @param schema       the applied migration version
 * @param seededFrom   hash of the bundled case base it was seeded from (null: not seeded, e.g. imported)
 * @param bundledHash  hash of the bundled case base of this program
 * @param bundledNewer whether this program's bundled data differs from the one the workspace was seeded from
 */
public record WorkspaceInfo(String location, String kind, String schema, int cases, int codings, int sources,
                            long revisions, Instant lastChange, String seededFrom, Instant seededAt,
                            String bundledHash, boolean bundledNewer) { }
