package io.integra.casebase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the sourced fact sheets in shared/facts independently of Integra's case reader, so that
 * the bundled cases can be checked against the sources they were written from.
 */
final class FactSheets {
  private FactSheets() { }

  static Path shared() {
    String p = System.getProperty("integra.shared");
    Path dir = p != null ? Path.of(p) : Path.of("../shared");
    if (!Files.isDirectory(dir)) dir = Path.of("../../shared");
    Path facts = dir.resolve("facts").toAbsolutePath().normalize();
    // ../shared is not part of the repository: without it these tests are skipped, saying why
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(facts),
        () -> "skipped: test data missing: " + facts + " (the sourced fact sheets of ../shared)");
    return dir;
  }

  static JsonNode read(String file) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(shared().resolve("facts").resolve(file)));
  }

  /** Members at {@code at} per the fact sheet: intervals with status member, or joined → open for current members without intervals. */
  static List<String> membersAt(JsonNode sheet, LocalDate at) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode m : sheet.get("members")) {
      String iso3 = m.path("iso3").asText(null);
      if (iso3 == null) continue;
      if (m.has("intervals")) {
        for (JsonNode iv : m.get("intervals")) {
          if (!"member".equals(iv.path("status").asText())) continue;
          LocalDate from = date(iv.get("from").asText());
          LocalDate to = iv.hasNonNull("to") ? date(iv.get("to").asText()) : null;
          if (!at.isBefore(from) && (to == null || at.isBefore(to))) out.add(iso3);
        }
      } else if ("member".equals(m.path("status").asText()) && m.path("joined").hasNonNull("date")) {
        if (!at.isBefore(date(m.get("joined").get("date").asText()))) out.add(iso3);
      }
    }
    return new ArrayList<>(out);
  }

  static LocalDate date(String s) {
    return LocalDate.parse(s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s);
  }
}
