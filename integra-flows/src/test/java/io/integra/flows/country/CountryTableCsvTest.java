package io.integra.flows.country;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CountryTableCsvTest {
  @Test
  void namesWithCommasDoubledQuotesAndLineBreaksAreRead() throws Exception {
    String csv = "name,iso3,kind,source\n"
        + "\"Korea, Rep.\",KOR,economy,x\n"
        + "\"Say \"\"hi\"\"\",XHI,aggregate,y\n"
        + "\"Two\nlines\",XTL,historical,z\n";
    CountryTable t = CountryTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.resolve("Korea, Rep.")).contains(new CountryTable.Entity("KOR", EntityKind.ECONOMY));
    assertThat(t.resolve("Say \"hi\"")).contains(new CountryTable.Entity("XHI", EntityKind.AGGREGATE));
    assertThat(t.resolve("Two\nlines")).contains(new CountryTable.Entity("XTL", EntityKind.HISTORICAL));
  }
}
