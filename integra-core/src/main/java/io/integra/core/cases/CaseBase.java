package io.integra.core.cases;

import io.integra.core.codebook.Codebook;
import java.util.List;
import java.util.Optional;

/** A codebook, the cases coded with it and the bibliography they cite: everything an assessment reads. */
public record CaseBase(Codebook codebook, List<IntegrationCase> cases, List<Source> bibliography) {
  public CaseBase {
    cases = List.copyOf(cases);
    bibliography = List.copyOf(bibliography);
  }

  public Optional<IntegrationCase> find(String id) { return cases.stream().filter(c -> c.id().equals(id)).findFirst(); }

  public Optional<Source> source(String key) { return bibliography.stream().filter(s -> s.key().equals(key)).findFirst(); }
}
