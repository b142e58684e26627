package io.integra.flows.country;

import io.integra.flows.csv.CsvRecords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Name -&gt; ISO3 table, kept as data in {@code countries.csv} (built by
 * integra-flows/tools/country_table.py from Debian iso-codes and the publishers' spellings).
 * A name matches exactly, or after normalisation (accents, case and punctuation ignored);
 * purely numeric keys are ISO 3166-1 numeric codes (as BACI and Comtrade print them).
 */
public final class CountryTable {
  /** One resolved name. */
  public record Entity(String iso3, EntityKind kind) { }

  private final Map<String, Entity> exact = new HashMap<>();
  private final Map<String, Entity> normalised = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private CountryTable() { }

  private static CountryTable bundledTable;

  /** The bundled table. */
  public static synchronized CountryTable bundled() {
    if (bundledTable == null) {
      try (InputStream in = CountryTable.class.getResourceAsStream("/io/integra/flows/countries.csv")) {
        bundledTable = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundledTable;
  }

  static CountryTable read(InputStream in) throws IOException {
    CountryTable t = new CountryTable();
    try (CsvRecords r = CsvRecords.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
      r.next(); // header name,iso3,kind,source
      for (CsvRecords.Row row = r.next(); row != null; row = r.next()) {
        List<String> f = row.fields();
        Entity e = new Entity(f.get(1), EntityKind.parse(f.get(2), f.get(1)));
        t.exact.putIfAbsent(f.get(0), e);
        t.normalised.putIfAbsent(normalise(f.get(0)), e);
        if (!f.get(0).chars().allMatch(Character::isDigit)) t.names.add(f.get(0));
      }
    }
    return t;
  }

  public Optional<Entity> resolve(String name) {
    if (name == null) return Optional.empty();
    String s = name.strip();
    Entity e = exact.get(s);
    if (e != null) return Optional.of(e);
    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() <= 3) {
      return Optional.ofNullable(exact.get("0".repeat(3 - s.length()) + s));
    }
    return Optional.ofNullable(normalised.get(normalise(s)));
  }

  /** The {@code n} known names closest to {@code name} (Levenshtein distance on normalised names). */
  public List<String> closest(String name, int n) {
    String key = normalise(name);
    return names.stream()
        .sorted(Comparator.comparingInt((String k) -> levenshtein(key, normalise(k))).thenComparing(k -> k))
        .limit(n).toList();
  }

  public static String normalise(String s) {
    String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    return a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
