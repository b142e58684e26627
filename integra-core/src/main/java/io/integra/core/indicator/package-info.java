/**
 * Data-based memberships beside the coded ones. A codebook may give a criterion an indicator
 * recipe ({@link io.integra.core.codebook.Criterion.Indicator}: a flow index, the data set it
 * reads, and the three anchors of Ragin's (2008) direct method of calibration). An
 * {@link io.integra.core.indicator.IndicatorProvider} measures such a recipe for a case and a
 * span of years from data held outside the core (the transaction-flow module implements it).
 *
 * <p>Measured once for every case and year ({@code integra measure}, docs/measured.md), the values
 * become {@link io.integra.core.indicator.MeasuredMembership}s, looked up through
 * {@link io.integra.core.indicator.MeasuredMemberships}. An {@link io.integra.core.assess.Assessor}
 * given them uses the coded membership where it exists and the measured one where a criterion is
 * uncoded ({@link io.integra.core.indicator.Precedence}); both are reported with their
 * disagreement, so a reader can see where the coder's argument and the data agree or part.
 * Missing data are absent (or {@code null} with a reason), never 0.
 */
package io.integra.core.indicator;
