package io.integra.flows.index;

/**
 * One tidy output record: a group's value of one index in one year, or, for dyadic and
 * per-member indices, the value for one origin (and destination).
 *
 * @param origin      ISO3 of the origin for dyadic or per-member values, null for the group value
 * @param destination ISO3 of the destination for dyadic values, null otherwise
 */
public record IndexRecord(String group, int year, String index, String origin, String destination, double value) {
  public static IndexRecord group(String group, int year, String index, double value) {
    return new IndexRecord(group, year, index, null, null, value);
  }

  public boolean isGroupValue() { return origin == null && destination == null; }
}
