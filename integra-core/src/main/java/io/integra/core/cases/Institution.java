package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * An organ of the organisation.
 *
 * @param nature           supranational or intergovernmental (thesis §4.4.1); null only in a scenario
 *                         that does not say
 * @param kind             e.g. council, summit, secretariat, parliament, court, bank, civil-society
 * @param established      when it was created, or null when unknown
 * @param commonGovernment whether it is a common government over the members (the test of an
 *                         amalgamated security community, thesis §3.1)
 */
public record Institution(String id, String name, InstitutionNature nature, String kind, LocalDate established,
                          boolean commonGovernment, String note, List<String> sources) {
  public Institution { sources = sources == null ? List.of() : List.copyOf(sources); }

  public boolean existsAt(LocalDate date) { return established == null || !established.isAfter(date); }
}
