package io.integra.core.codebook;

import io.integra.core.formula.Formula;

/**
 * An outcome of a lens, defined as a fuzzy-set formula over its criteria.
 *
 * @param id      outcome id, e.g. {@code pluralistic}
 * @param name    human name
 * @param role    what the assessment reads it as: {@code pluralistic}, {@code amalgamation-readiness},
 *                {@code coupling}, {@code disintegration}, {@code li-explains}, or any other
 *                id (shown but not interpreted)
 * @param formula the parsed formula; {@code formula.text()} is its canonical text
 * @param source  where the rule comes from
 */
public record Outcome(String id, String name, String role, Formula formula, String source) { }
