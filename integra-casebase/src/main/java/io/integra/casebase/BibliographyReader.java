package io.integra.casebase;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
import io.integra.core.cases.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a bibliography file: {@code sources:} a list of entries with unique keys. */
public final class BibliographyReader {
  private BibliographyReader() { }

  /** Reads entries into {@code into} (key → source), reporting keys already present as duplicates. */
  public static void read(String file, String text, Problems problems, Map<String, Source> into, Map<String, Location> where) {
    Node root = YamlTreeReader.read(file, text, problems);
    if (root == null) return;
    Fields f = Fields.of(root, problems, "the bibliography");
    if (f == null) return;
    f.allow(Set.of("sources"));
    for (Node n : f.list("sources", true)) {
      Fields s = Fields.of(n, problems, "a source");
      if (s == null) continue;
      s.allow(Set.of("key", "type", "author", "title", "year", "publisher", "url", "note"));
      String key = s.string("key", true);
      if (key == null) continue;
      Source src = new Source(key, s.string("type", false), s.string("author", false), s.string("title", true),
          s.string("year", false), s.string("publisher", false), s.string("url", false), s.string("note", false));
      if (into.containsKey(key)) {
        // A user's bibliography may repeat a bundled entry word for word (e.g. a copy of the bundled
        // folder); only a key that means two different things is an error.
        if (!into.get(key).equals(src)) {
          problems.add(s.at("key"), "source key '" + key + "' is already defined differently (at " + where.get(key) + ")", "each key once across bibliographies, or an identical entry");
        }
        continue;
      }
      into.put(key, src);
      where.put(key, s.at("key"));
    }
  }

  public static List<Source> list(Map<String, Source> m) { return new ArrayList<>(new LinkedHashMap<>(m).values()); }
}
