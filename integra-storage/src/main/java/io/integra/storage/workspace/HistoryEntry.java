package io.integra.storage.workspace;

import java.time.Instant;

/**
 * One recorded change. {@code before} and {@code after} are the entity as JSON (a coding) or as
 * canonical YAML (a case's facts, a source, the codebook); null before creation and after deletion.
 *
 * @param revision  the workspace-wide change number (increasing; several entries share one
 *                  transaction's revision range but never a number)
 * @param entity    {@code coding}, {@code case}, {@code source}, {@code codebook} or {@code workspace} (a setting: the primary coder)
 * @param entityKey e.g. a {@link CodingKey#text()}, a case id, a source key
 * @param action    {@code create}, {@code update}, {@code delete}, {@code reconcile}, {@code seed}, {@code import}, {@code primary}
 */
public record HistoryEntry(long revision, Instant at, String actor, String action, String entity, String caseId,
                           String entityKey, String before, String after, String note) { }
