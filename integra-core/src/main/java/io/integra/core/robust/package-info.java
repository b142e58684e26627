/**
 * Robustness of verdicts (issue 11: "uncertainty that travels"): the sources of uncertainty of an
 * assessment as data ({@link io.integra.core.robust.RobustnessSpec}), their joint space
 * ({@link io.integra.core.robust.PerturbationSpace}), the distribution of verdicts over it with a
 * tornado ranking ({@link io.integra.core.robust.VerdictRobustness}), the smallest changes that
 * would flip a verdict ({@link io.integra.core.robust.FlipSearch}) and what separates two cases
 * ({@link io.integra.core.robust.Separation}). Pure: no I/O; evaluation goes through the
 * assessment's compiled fast path ({@link io.integra.core.assess.CompiledLens}).
 */
package io.integra.core.robust;
