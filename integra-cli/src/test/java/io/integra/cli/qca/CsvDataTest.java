package io.integra.cli.qca;

import io.integra.testsupport.TempFiles;
import io.integra.cli.CliException;
import io.integra.qca.data.QcaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QCA data sets are read as RFC 4180 CSV (quoted commas, doubled quotes, line breaks) with file:line errors. */
class CsvDataTest {
    @TempDir Path dir;

    private Path write(String name, String text) { return TempFiles.write(dir, name, text); }

    @Test
    void quotedNewlineInsideAField() throws Exception {
        QcaData d = CsvData.read(write("nl.csv", "case,A,B\n\"first\ncase\",0.5,1\nc2,0.2,0\n"));
        assertThat(d.cases()).containsExactly("first\ncase", "c2");
        assertThat(d.column("A")).containsExactly(0.5, 0.2);
    }

    @Test
    void errorAfterAQuotedNewlineNamesTheLineTheRecordStartsOn() throws Exception {
        Path f = write("late.csv", "case,A\n\"x\ny\",1\nz,abc\n");
        assertThatThrownBy(() -> CsvData.read(f)).isInstanceOf(CliException.class)
                .hasMessage(f + ":4: column \"A\": \"abc\" is not a number");
    }

    @Test
    void quotedCommaAndDoubledQuotes() throws Exception {
        QcaData d = CsvData.read(write("q.csv", "case,\"A\"\n\"a, b\",1\n\"say \"\"x\"\"\",0\n"));
        assertThat(d.columns()).containsExactly("A");
        assertThat(d.cases()).containsExactly("a, b", "say \"x\"");
    }

    @Test
    void headerWithAByteOrderMark() throws Exception {
        QcaData d = CsvData.read(write("bom.csv", "\uFEFFcase,A\r\nk,0.25\r\n"));
        assertThat(d.cases()).containsExactly("k");
        assertThat(d.columns()).containsExactly("A");
    }

    @Test
    void blankLinesAreSkippedAndFieldCountsChecked() throws Exception {
        QcaData d = CsvData.read(write("blank.csv", "case,A\n\na,1\n   \nb,0\n"));
        assertThat(d.cases()).containsExactly("a", "b");
        Path ragged = write("ragged.csv", "case,A\na,1\nb,0,3\n");
        assertThatThrownBy(() -> CsvData.read(ragged)).hasMessage(ragged + ":3: 3 fields, expected 2 (as in the header)");
    }

    @Test
    void unterminatedQuoteAndEmptyFile() throws Exception {
        Path open = write("open.csv", "case,A\n\"a,1\nb,2\n");
        assertThatThrownBy(() -> CsvData.read(open)).hasMessage(open + ":2: unterminated quoted field");
        Path empty = write("empty.csv", "\ncase,A\n");
        assertThatThrownBy(() -> CsvData.read(empty)).hasMessage(empty + ":1: empty file, expected a header row");
    }
}
