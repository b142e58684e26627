package io.integra.flows.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow readers that read CSV themselves (header, bad-value search, BACI's country table) follow RFC 4180. */
class CsvReadersTest {
  /** A year, origin, destination, value file. */
  private static final InputLayout FLOW_LAYOUT =
      new InputLayout("year", "origin", "destination", "value", null, null, List.of(), List.of());

  @TempDir Path dir;

  @Test
  void headerWithBomQuotedCommaAndDoubledQuotes() throws Exception {
    Path f = dir.resolve("h.csv");
    Files.writeString(f, "\uFEFFyear,\"re,porter\",\"a \"\"b\"\"\"\n2000,x,1\n");
    assertThat(Columns.ofCsv(f).header()).containsExactly("year", "re,porter", "a \"b\"");
  }

  @Test
  void badValueFinderNamesTheLineOfTheRecordAfterAQuotedNewline() throws Exception {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "year,origin,destination,value\n"
        + "2000,\"Bosnia\nand Herzegovina\",\"Korea, Rep.\",1.5\n"
        + "2001,A,B,abc\n");
    assertThat(BadValueFinder.find(f, FLOW_LAYOUT)).contains(f + ":4: column 'value': 'abc' is not a number");
  }

  @Test
  void badValueFinderReportsAnUnterminatedQuote() throws Exception {
    Path f = dir.resolve("u.csv");
    Files.writeString(f, "year,origin,destination,value\n2000,A,B,1\n2001,\"A,B,2\n");
    assertThat(BadValueFinder.find(f, FLOW_LAYOUT)).contains(f + ":3: unterminated quoted field");
  }

  @Test
  void baciCountryTableWithQuotedNamesAndALineBreak() throws Exception {
    Path data = dir.resolve("BACI_HS92_Y2000_V202401.csv");
    Files.writeString(data, "t,i,j,k,v,q\n");
    Path countries = dir.resolve("country_codes_V202401.csv");
    Files.writeString(countries, "country_code,country_name,country_iso3\n"
        + "4,\"Afghanistan, Islamic Rep.\",AFG\n"
        + "8,\"Two\nlines \"\"quoted\"\"\",ALB\n"
        + "10,Nowhere,\n");
    assertThat(BaciCountryCodes.read(new FlowSource(data, FlowFormat.BACI, countries, null)))
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("4", "AFG", "8", "ALB"));
  }
}
