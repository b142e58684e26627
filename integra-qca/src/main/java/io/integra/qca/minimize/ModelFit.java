package io.integra.qca.minimize;

import io.integra.qca.fuzzy.SufficiencyFit;

import java.util.List;

/** Parameters of fit of one model: of each of its terms (unique coverage within the model) and of the whole. */
public record ModelFit(String name, List<String> terms, List<SufficiencyFit> termFits, SufficiencyFit solution) {
    public ModelFit {
        terms = List.copyOf(terms);
        termFits = List.copyOf(termFits);
    }
}
