package io.integra.casebase.json;

import java.util.List;

/** {@code integra robustness compare --format json}: each case's distribution and the separations of neighbours. */
public record RobustnessComparisonView(String lens, String at, List<RobustnessView> cases, List<FlipsView.SeparationView> separations) { }
