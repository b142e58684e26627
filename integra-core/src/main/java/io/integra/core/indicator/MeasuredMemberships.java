package io.integra.core.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The measured memberships an {@link io.integra.core.assess.Assessor} may use beside the coded
 * ones: a lookup by case, lens, criterion and year. {@link #NONE} has none (the assessment is
 * then exactly the coded one).
 */
public interface MeasuredMemberships {
  /** The value for the case, lens, criterion and year, if measured. */
  Optional<MeasuredMembership> find(String caseId, String lens, String criterion, int year);

  /** The years with at least one value for the case and lens, ascending. */
  SortedSet<Integer> years(String caseId, String lens);

  /** Whether there is no value at all. */
  boolean isEmpty();

  /** No measured memberships. */
  MeasuredMemberships NONE = of(List.of());

  /** A table over the given values (a later duplicate of a case, lens, criterion and year wins). */
  static MeasuredMemberships of(Collection<MeasuredMembership> values) { return new Table(values); }

  /** An immutable hash table of values. */
  final class Table implements MeasuredMemberships {
    private final Map<String, MeasuredMembership> byKey = new HashMap<>();
    private final Map<String, SortedSet<Integer>> years = new HashMap<>();
    private final List<MeasuredMembership> all;

    Table(Collection<MeasuredMembership> values) {
      for (MeasuredMembership m : values) {
        byKey.put(key(m.caseId(), m.lens(), m.criterion(), m.year()), m);
        years.computeIfAbsent(m.caseId() + "\u0000" + m.lens(), k -> new TreeSet<>()).add(m.year());
      }
      years.replaceAll((k, v) -> java.util.Collections.unmodifiableSortedSet(v));
      all = List.copyOf(values);
    }

    private static String key(String c, String l, String cr, int y) { return c + "\u0000" + l + "\u0000" + cr + "\u0000" + y; }

    @Override public Optional<MeasuredMembership> find(String caseId, String lens, String criterion, int year) {
      return Optional.ofNullable(byKey.get(key(caseId, lens, criterion, year)));
    }

    @Override public SortedSet<Integer> years(String caseId, String lens) {
      return years.getOrDefault(caseId + "\u0000" + lens, java.util.Collections.emptySortedSet());
    }

    @Override public boolean isEmpty() { return byKey.isEmpty(); }

    /** Every value, in the order given. */
    public List<MeasuredMembership> values() { return all; }
  }
}
