/**
 * The pure core: domain model, codebook, fuzzy-set formulas, assessment, agreement statistics and
 * robustness. No dependency beyond {@code java.base}; every package is API (each adapter reads the
 * model and calls the rules).
 */
module io.integra.core {
  exports io.integra.core.agreement;
  exports io.integra.core.assess;
  exports io.integra.core.cases;
  exports io.integra.core.codebook;
  exports io.integra.core.formula;
  exports io.integra.core.indicator;
  exports io.integra.core.robust;
}
