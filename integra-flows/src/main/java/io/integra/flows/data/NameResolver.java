package io.integra.flows.data;

import io.integra.flows.country.CountryTable;
import io.integra.flows.country.CountryTable.Entity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Resolves every distinct country name or code of a file through the {@link CountryTable},
 * shared by all engines so that normalisation cannot differ between them. Unknown names are
 * listed once each, with the closest known names.
 */
public final class NameResolver {
  private NameResolver() { }

  /**
   * @param names   distinct names (or codes) found in the file
   * @param recode  a publisher's own code table applied first (BACI numeric code -&gt; ISO3), or empty
   */
  public static Map<String, Entity> resolve(Path file, Collection<String> names, Map<String, String> recode,
                                            CountryTable table) {
    Map<String, Entity> out = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String n : new TreeSet<>(names)) {
      String key = recode.getOrDefault(n, n);
      var e = table.resolve(key);
      if (e.isEmpty() && !key.equals(n)) e = table.resolve(n);
      if (e.isPresent()) out.put(n, e.get()); else unknown.add(n);
    }
    if (!unknown.isEmpty()) {
      StringBuilder sb = new StringBuilder(file + ": " + unknown.size() + " unknown country name"
          + (unknown.size() == 1 ? "" : "s") + " (expected a name, ISO3 or ISO numeric code in the country table):");
      for (String u : unknown) {
        sb.append("\n  '").append(u).append("' (closest known: ")
            .append(String.join(", ", table.closest(u, 3))).append(")");
      }
      throw new FlowDataException(sb.toString());
    }
    return out;
  }
}
