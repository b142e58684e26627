package io.integra.core.indicator;

import java.util.List;

/**
 * A criterion's membership measured from data for one case, lens and year: the codebook's recipe
 * applied to the members of the year (1 July), calibrated by Ragin's (2008) direct method. It
 * carries its provenance as a coded score carries its evidence.
 *
 * @param caseId     the case id
 * @param lens       the lens whose recipe was applied
 * @param criterion  the criterion id
 * @param year       the year measured; the value applies to every date of that year
 * @param raw        the raw value of the indicator (in the recipe's unit)
 * @param membership the calibrated membership in [0,1]
 * @param provenance where it comes from
 */
public record MeasuredMembership(String caseId, String lens, String criterion, int year, double raw, double membership,
                                 Provenance provenance) {
  public MeasuredMembership {
    if (Double.isNaN(raw) || Double.isNaN(membership) || membership < 0 || membership > 1) {
      throw new IllegalArgumentException("a measured membership needs a raw value and a membership in [0,1] (" + caseId + " "
          + criterion + " " + year + ": raw " + raw + ", membership " + membership + ")");
    }
  }

  /**
   * Where a measured membership comes from.
   *
   * @param index     the recipe's index id (e.g. {@code share}, {@code pwt-growth-margin})
   * @param dataset   the data set read (e.g. {@code dots_long.csv.gz (dots, X_FOB)})
   * @param years     the years of data the value uses (e.g. {@code 2019}, {@code 2007-2017})
   * @param members   ISO3 codes of the members whose data entered the value
   * @param exclusion anchor of full non-membership
   * @param crossover anchor of maximum ambiguity (0.5)
   * @param inclusion anchor of full membership
   * @param checksum  SHA-256 of the inputs of the product the value was read from (the manifest's), or null
   * @param notes     remarks (members without data, a stale product, ...)
   */
  public record Provenance(String index, String dataset, String years, List<String> members, double exclusion,
                           double crossover, double inclusion, String checksum, List<String> notes) {
    public Provenance {
      members = List.copyOf(members);
      notes = List.copyOf(notes);
    }

    /** The same provenance with one more note. */
    public Provenance withNote(String note) {
      List<String> n = new java.util.ArrayList<>(notes);
      n.add(note);
      return new Provenance(index, dataset, years, members, exclusion, crossover, inclusion, checksum, n);
    }
  }
}
