/**
 * The pure core: domain model, codebook, fuzzy-set formulas, assessment, agreement statistics and
 * robustness. No dependency beyond {@code java.base}; every package is API (each adapter reads the
 * model and calls the rules).
 */
module io.integra.core {
  exports io.integra.core.agreement; // statistics: storage, CLI
  exports io.integra.core.assess; // the Assessor and its results: every adapter
  exports io.integra.core.cases; // the case model: every adapter
  exports io.integra.core.codebook; // lenses, criteria, roles: every adapter
  exports io.integra.core.formula; // memberships and formulas: casebase, report, web, CLI
  exports io.integra.core.indicator; // measured values: casebase, flows, report, CLI
  exports io.integra.core.robust; // robustness and scenarios: casebase, report, web, CLI
  exports io.integra.core.vocabulary; // closed vocabularies (Term): casebase readers and views, web, CLI
}
