package io.integra.flows.group;

import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A group whose membership may change over time.
 *
 * <p>For a case of the case base, the members in year t are {@link IntegrationCase#membersAt}
 * on 1 July of t ({@link #MEMBERSHIP_DAY}): the middle of the year, the same reference date as
 * UN DESA's mid-year migrant stocks, so a state counts in a year when it is a full member at
 * mid-year — roughly, for the larger part of the year. Suspended members do not count.
 *
 * @param label   the group as given by the user (case id or list of codes)
 * @param members the member ISO3 codes in a year
 */
public record GroupSpec(String label, IntFunction<List<String>> members) {
  public static final MonthDay MEMBERSHIP_DAY = MonthDay.of(7, 1);

  public static GroupSpec of(IntegrationCase c, String label) {
    return new GroupSpec(label, year -> c.membersAt(MEMBERSHIP_DAY.atYear(year)));
  }

  public static GroupSpec ofCodes(String label, List<String> iso3) {
    List<String> sorted = iso3.stream().map(String::strip).sorted().distinct().toList();
    return new GroupSpec(label, year -> sorted);
  }

  public static LocalDate membershipDate(int year) { return MEMBERSHIP_DAY.atYear(year); }

  /** The members for each year from {@code from} to {@code to}, years without members left out. */
  public SortedMap<Integer, List<String>> byYear(int from, int to) {
    SortedMap<Integer, List<String>> m = new TreeMap<>();
    for (int y = from; y <= to; y++) {
      List<String> ms = members.apply(y);
      if (!ms.isEmpty()) m.put(y, ms);
    }
    return m;
  }
}
