/**
 * Data-based memberships beside the coded ones. A codebook may give a criterion an indicator
 * recipe ({@link io.integra.core.codebook.Criterion.Indicator}: a flow index, the data set it
 * reads, and the three anchors of Ragin's (2008) direct method of calibration). An
 * {@link io.integra.core.indicator.IndicatorProvider} measures such a recipe for a case and a
 * span of years from data held outside the core (the transaction-flow module implements it).
 *
 * <p>The assessment never reads these values: outcomes and verdicts use the coded membership.
 * The measured one is shown beside it for comparison, so a reader can see where the coder's
 * argument and the data agree or part. Missing data are {@code null} with a reason, never 0.
 */
package io.integra.core.indicator;
