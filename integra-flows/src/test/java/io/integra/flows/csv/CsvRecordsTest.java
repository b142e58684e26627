package io.integra.flows.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordsTest {
  @Test
  void quotedNewlineStaysInItsFieldAndLinesCountFromTheRecordStart() throws Exception {
    List<CsvRecords.Row> rows = CsvRecords.parse("a,b\n\"one\ntwo\",x\nlast,y\n");
    assertThat(rows).extracting(CsvRecords.Row::fields)
        .containsExactly(List.of("a", "b"), List.of("one\ntwo", "x"), List.of("last", "y"));
    assertThat(rows).extracting(CsvRecords.Row::line).containsExactly(1L, 2L, 4L);
  }

  @Test
  void quotedCommaDoubledQuotesAndCrlf() throws Exception {
    List<CsvRecords.Row> rows = CsvRecords.parse("name,v\r\n\"Korea, Rep.\",\"say \"\"hi\"\"\"\r\n");
    assertThat(rows.get(1).fields()).containsExactly("Korea, Rep.", "say \"hi\"");
    assertThat(rows.get(1).line()).isEqualTo(2);
  }

  @Test
  void byteOrderMarkIsDroppedFromAHeader() throws Exception {
    List<CsvRecords.Row> rows = CsvRecords.parse("\uFEFFcase,A\nx,1\n");
    assertThat(CsvRecords.withoutBom(rows.get(0).fields())).containsExactly("case", "A");
    assertThat(CsvRecords.withoutBom(rows.get(1).fields())).containsExactly("x", "1");
  }

  @Test
  void emptyLineIsOneEmptyFieldAndEmptyInputHasNoRecords() throws Exception {
    assertThat(CsvRecords.parse("a\n\nb\n")).extracting(CsvRecords.Row::fields)
        .containsExactly(List.of("a"), List.of(""), List.of("b"));
    assertThat(CsvRecords.parse("")).isEmpty();
  }

  @Test
  void unterminatedQuoteNamesTheLineItsRecordStartsOn() {
    assertThatThrownBy(() -> CsvRecords.parse("a,b\nok,1\n\"open,2\nmore\n"))
        .isInstanceOfSatisfying(CsvRecords.CsvFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).isEqualTo("unterminated quoted field");
        });
  }
}
