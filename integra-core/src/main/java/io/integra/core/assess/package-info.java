/**
 * The assessment engine: how far a case diverges from the ideal type of regional integration
 * (Cuchran &amp; Pallesen 2016, §2.2) through one lens at one date.
 *
 * <p>Entry point: {@link io.integra.core.assess.Assessor}. Its results are immutable records:
 * {@link io.integra.core.assess.Assessment} (one case, one lens, one date),
 * {@link io.integra.core.assess.Comparison} (several cases side by side) and
 * {@link io.integra.core.assess.Timeline} (one case year by year).
 *
 * <p>Two layers. The numeric fast path ({@link io.integra.core.assess.CompiledLens},
 * {@link io.integra.core.assess.CompiledCase}) evaluates the codebook's formulas on arrays of
 * interval bounds with no allocation; the rich {@code Assessment} (evidence, reasons,
 * dimensions) is built on top of it, so both always agree.
 *
 * <p>Rules every part follows:
 * <ul>
 *   <li>An uncoded criterion is unknown, the interval {@code [0,1]}, never 0 (model.md §7);
 *       formulas over intervals may still give a known result (AND with a known 0).</li>
 *   <li>A membership <em>holds</em> when it is at least the crossover 0.5 (Ragin 2000); a
 *       verdict is read from outcome <em>roles</em> of the codebook, never from ids in code.</li>
 *   <li>Integration is a zone of transition, not a line (thesis §3.1): see
 *       {@link io.integra.core.assess.VerdictRule#BAND}.</li>
 *   <li>No clock: every date, including "today", is passed in.</li>
 * </ul>
 */
package io.integra.core.assess;
