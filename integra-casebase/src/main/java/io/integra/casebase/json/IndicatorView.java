package io.integra.casebase.json;

import io.integra.core.indicator.IndicatorReading;
import java.util.List;

/**
 * {@code {index, flow, year, raw, membership, anchors, source, reason, notes}}: a data-based reading
 * of a criterion's recipe; raw and membership null with a reason when the data do not give them.
 */
public record IndicatorView(String index, String flow, int year, Double raw, Double membership, MeasuredView.Anchors anchors,
                            String source, String reason, List<String> notes) {
  public static IndicatorView of(IndicatorReading r) {
    return new IndicatorView(r.recipe().index(), r.recipe().flow(), r.year(), r.raw(), r.membership(),
        new MeasuredView.Anchors(r.recipe().exclusion(), r.recipe().crossover(), r.recipe().inclusion()),
        r.source(), r.reason(), r.notes());
  }
}
