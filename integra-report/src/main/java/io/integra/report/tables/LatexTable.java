package io.integra.report.tables;

import java.util.List;

/**
 * Writes a {@link Table} as a LaTeX {@code table} float in booktabs style (Fear, <i>Publication
 * quality tables in LaTeX</i>, the booktabs manual: no vertical rules, \toprule / \midrule /
 * \bottomrule). Cells are escaped so that user text cannot inject LaTeX commands.
 */
public final class LatexTable {
  private LatexTable() { }

  /** The preamble lines a document needs to typeset the output. */
  public static final String PREAMBLE = "% Needs: \\usepackage{booktabs} (and \\usepackage[utf8]{inputenc} on old engines)";

  public static String write(Table t) {
    StringBuilder b = new StringBuilder();
    b.append("\\begin{table}[htbp]\n\\centering\n");
    if (t.title() != null) b.append("\\caption{").append(escape(t.title())).append("}\n");
    b.append("\\label{tab:").append(t.id().replaceAll("[^A-Za-z0-9:.-]", "-")).append("}\n");
    b.append("\\begin{tabular}{");
    for (Table.Column c : t.columns()) b.append(c.align() == Table.Align.RIGHT ? 'r' : c.align() == Table.Align.CENTER ? 'c' : 'l');
    b.append("}\n\\toprule\n");
    row(b, t.headers());
    b.append("\\midrule\n");
    for (List<String> r : t.rows()) row(b, r);
    b.append("\\bottomrule\n\\end{tabular}\n");
    if (t.note() != null) b.append("\\par\\smallskip{\\footnotesize ").append(escape(t.note())).append("}\n");
    b.append("\\end{table}\n");
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) b.append(" & ");
      b.append(escape(cells.get(i)));
    }
    b.append(" \\\\\n");
  }

  /**
   * Escapes LaTeX's ten special characters (\ { } &amp; % $ # _ ~ ^) and a few typographic
   * characters that need a command on 8-bit engines. Line breaks become spaces.
   */
  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\': b.append("\\textbackslash{}"); break;
        case '{': b.append("\\{"); break;
        case '}': b.append("\\}"); break;
        case '&': b.append("\\&"); break;
        case '%': b.append("\\%"); break;
        case '$': b.append("\\$"); break;
        case '#': b.append("\\#"); break;
        case '_': b.append("\\_"); break;
        case '~': b.append("\\textasciitilde{}"); break;
        case '^': b.append("\\textasciicircum{}"); break;
        case '<': b.append("\\textless{}"); break;
        case '>': b.append("\\textgreater{}"); break;
        case '|': b.append("\\textbar{}"); break;
        case '–': b.append("--"); break;
        case '—': b.append("---"); break;
        case '§': b.append("\\S{}"); break;
        case '×': b.append("\\texttimes{}"); break;
        case '\r': break;
        case '\n': b.append(' '); break;
        default: b.append(ch);
      }
    }
    return b.toString();
  }
}
