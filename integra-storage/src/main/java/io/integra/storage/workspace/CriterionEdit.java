package io.integra.storage.workspace;

import io.integra.core.cases.Evidence;
import java.util.List;

/**
 * Sets one criterion's score in a coding, creating the coding when it does not exist yet.
 *
 * @param key             the coding
 * @param scale           the coding's scale: required when the coding is new, else null (keep) or the same
 * @param criterion       a criterion id of the lens
 * @param score           the membership score, on the coding's scale
 * @param rationale       the reasoning behind the score
 * @param evidence        evidence behind the score (null: keep the evidence already recorded)
 * @param expectedVersion the version the editor read (null: no check; 0: the coding must be new)
 */
public record CriterionEdit(CodingKey key, String scale, String criterion, double score, String rationale,
                           List<Evidence> evidence, Long expectedVersion) { }
