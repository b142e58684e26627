package io.integra.flows.data;

import io.integra.flows.csv.CsvRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BACI's own country table ({@code country_codes_V*.csv}: {@code country_code, country_name, ...,
 * country_iso3}; older releases name the ISO3 column {@code iso_3digit_alpha}), read into a
 * numeric code -&gt; ISO3 map applied before the project's table.
 */
public final class BaciCountryCodes {
  private BaciCountryCodes() { }

  public static Map<String, String> read(FlowSource src) {
    if (src.format() != FlowFormat.BACI) return Map.of();
    Path file = src.countries() != null ? src.countries() : findBeside(src.data());
    if (file == null) {
      throw new FlowDataException(src.data() + ": BACI needs its country table (country_codes_*.csv beside the data, "
          + "or --countries FILE)");
    }
    Columns c = Columns.ofCsv(file);
    String code = c.require("country code", "country_code");
    String iso = c.require("ISO3 code", "country_iso3", "iso_3digit_alpha", "iso3");
    List<String> h = c.header();
    int ci = h.indexOf(code);
    int ii = h.indexOf(iso);
    Map<String, String> m = new HashMap<>();
    try (CsvRecords r = CsvRecords.of(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      r.next(); // header, read by Columns
      for (CsvRecords.Row row = r.next(); row != null; row = r.next()) {
        List<String> f = row.fields();
        if (f.size() > Math.max(ci, ii) && !f.get(ii).isBlank()) m.put(f.get(ci).strip(), f.get(ii).strip());
      }
    } catch (CsvRecords.CsvFormatException e) {
      throw new FlowDataException(file + ":" + e.line() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new FlowDataException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return m;
  }

  private static Path findBeside(Path data) {
    Path dir = data.toAbsolutePath().getParent();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "country_codes*.csv")) {
      for (Path p : ds) return p;
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
