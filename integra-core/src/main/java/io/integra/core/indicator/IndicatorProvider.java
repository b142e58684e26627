package io.integra.core.indicator;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import java.util.List;

/**
 * Measures a criterion's indicator recipe for a case from data (see the package comment). The
 * group in year t is the case's full members on 1 July of t, as for flow indices.
 * Implementations keep their data loaded between calls and are closed by whoever opened them.
 */
public interface IndicatorProvider extends AutoCloseable {
  /**
   * One reading per year from {@code fromYear} to {@code toYear}, in year order; a year the data
   * do not cover gives a reading with null values and a reason.
   *
   * @throws IllegalArgumentException when the recipe itself cannot be measured (unknown index)
   */
  List<IndicatorReading> series(IntegrationCase c, Criterion.Indicator recipe, int fromYear, int toYear);

  /** The reading of one year. */
  default IndicatorReading reading(IntegrationCase c, Criterion.Indicator recipe, int year) {
    return series(c, recipe, year, year).get(0);
  }

  @Override
  default void close() { }
}
