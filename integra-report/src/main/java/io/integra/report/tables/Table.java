package io.integra.report.tables;

import java.util.List;

/**
 * A table of text cells, ready for any writer (CSV, Markdown, LaTeX).
 *
 * @param id      a file-name-safe id, e.g. {@code overview-deutsch-1957}
 * @param title   a caption
 * @param columns the columns, with alignment
 * @param rows    cells as text, one list per row, as many cells as columns
 * @param note    a footnote (legend), or null
 */
public record Table(String id, String title, List<Column> columns, List<List<String>> rows, String note) {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> r : rows) {
      if (r.size() != columns.size()) throw new IllegalArgumentException("row of " + r.size() + " cells in a table of " + columns.size() + " columns: " + id);
    }
  }

  public List<String> headers() { return columns.stream().map(Column::header).toList(); }

  public enum Align { LEFT, RIGHT, CENTER }

  public record Column(String header, Align align) {
    public static Column left(String h) { return new Column(h, Align.LEFT); }

    public static Column right(String h) { return new Column(h, Align.RIGHT); }
  }
}
