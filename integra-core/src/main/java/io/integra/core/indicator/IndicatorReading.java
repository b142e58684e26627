package io.integra.core.indicator;

import io.integra.core.codebook.Criterion;
import java.util.List;

/**
 * A recipe measured for one case and one year.
 *
 * @param recipe     the codebook's recipe (index, flow, anchors, note)
 * @param year       the year measured (members on 1 July of it)
 * @param raw        the group value of the index, or null when the data do not give it
 * @param membership the calibrated (data-based) membership in [0,1], or null with {@code raw}
 * @param source     the data read, e.g. the file and its layout; null when no data were given for the flow
 * @param reason     why {@code raw} is null, else null
 * @param notes      remarks on a value that exists (e.g. a member without reported flows that year)
 */
public record IndicatorReading(Criterion.Indicator recipe, int year, Double raw, Double membership, String source,
                               String reason, List<String> notes) {
  public IndicatorReading {
    notes = List.copyOf(notes);
    if ((raw == null) != (membership == null)) throw new IllegalArgumentException("raw and membership are null together");
    if (raw == null && reason == null) throw new IllegalArgumentException("a missing value needs a reason");
  }

  public static IndicatorReading missing(Criterion.Indicator recipe, int year, String source, String reason) {
    return new IndicatorReading(recipe, year, null, null, source, reason, List.of());
  }

  public boolean known() { return raw != null; }
}
