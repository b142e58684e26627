package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;

/** The treaty or declaration that founded the organisation. {@code inForce} may be null when unknown. */
public record FoundingInstrument(String name, LocalDate signed, String place, LocalDate inForce, List<String> sources) {
  public FoundingInstrument { sources = sources == null ? List.of() : List.copyOf(sources); }
}
