package io.integra.report.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.integra.report.html.HtmlReport;
import io.integra.report.html.ScriptSafeJson;
import io.integra.report.model.ReportModel;
import io.integra.report.tables.CsvTable;
import io.integra.report.tables.LatexTable;
import io.integra.report.tables.MarkdownTable;
import io.integra.report.tables.ReportTables;
import io.integra.report.tables.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the report folder: {@code report.html} (self-contained), {@code report.json}, one CSV per
 * data table, and the overview as {@code overview.md} and {@code overview.tex}.
 *
 * <p>Nothing is half-written: every file goes to a fresh temporary folder beside the target, which
 * then replaces the target by renames. An existing target is replaced only if it is empty or an
 * earlier report (it holds {@value #MARKER}), so a mistyped {@code --out} cannot wipe a folder.
 */
public final class ReportWriter {
  /** The file that marks a folder as an Integra report folder. */
  public static final String MARKER = "report.html";

  private static final ObjectMapper PRETTY = io.integra.report.model.CoverageJson.configure(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));

  private ReportWriter() { }

  /** The contents of the report folder, file name to text, in writing order. Pure. */
  public static Map<String, String> files(ReportModel model) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(MARKER, HtmlReport.render(model, ScriptSafeJson.write(model)));
    try {
      files.put("report.json", PRETTY.writeValueAsString(model) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report", e);
    }
    for (Table t : ReportTables.data(model)) files.put(t.id() + ".csv", CsvTable.write(t));
    List<Table> overview = ReportTables.overview(model);
    StringBuilder md = new StringBuilder("# Overview at " + model.meta().at() + "\n\n");
    StringBuilder tex = new StringBuilder("% Integra overview at " + model.meta().at() + ", codebook " + model.meta().codebookId()
        + " v" + model.meta().codebookVersion() + "\n" + LatexTable.PREAMBLE + "\n\n");
    for (Table t : overview) {
      md.append(MarkdownTable.write(t)).append('\n');
      tex.append(LatexTable.write(t)).append('\n');
    }
    files.put("overview.md", md.toString());
    files.put("overview.tex", tex.toString());
    return files;
  }

  /**
   * Writes the report into {@code out} (created, or replaced when it is an earlier report).
   *
   * @return the files written, in {@code out}
   * @throws IllegalArgumentException when {@code out} is a file, or a non-empty folder that is not a report
   */
  public static List<Path> write(ReportModel model, Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    checkReplaceable(target);
    Map<String, String> files = files(model);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      // a temporary folder is private (rwx------); the report is an ordinary folder once in place
      try {
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its defaults
      }
      for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      swap(tmp, target);
    } catch (IOException | RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
    List<Path> written = new ArrayList<>();
    for (String name : files.keySet()) written.add(target.resolve(name));
    return written;
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) return;
    if (!Files.isDirectory(target)) throw new IllegalArgumentException(target + " exists and is not a folder; expected a folder for the report");
    try (Stream<Path> s = Files.list(target)) {
      if (s.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
        throw new IllegalArgumentException(target + " is a folder that holds other files; expected a new or empty folder, or an earlier report (with " + MARKER + ")");
      }
    }
  }

  /** Puts {@code tmp} in place of {@code target}: the old report is moved aside first and deleted last. */
  private static void swap(Path tmp, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(tmp, target);
    } catch (IOException e) {
      if (old != null) move(old, target); // put the earlier report back
      throw e;
    }
    if (old != null) deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
