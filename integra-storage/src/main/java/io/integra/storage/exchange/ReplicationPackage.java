package io.integra.storage.exchange;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.write.BibTexWriter;
import io.integra.casebase.write.BibliographyWriter;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Problem;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.storage.jdbc.BundledData;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A replication package: a folder a study can publish and another team can import without losing
 * or changing anything.
 * <pre>
 *   codebook.yaml       the codebook exactly as the workspace stores it
 *   bibliography.yaml   the sources (canonical YAML, by key)
 *   bibliography.bib    the same sources as BibTeX
 *   cases/ID.yaml       one canonical case file per case, with every coder's codings
 *   CITATION.cff        how to cite the package (Citation File Format 1.2.0)
 * </pre>
 * Files are deterministic (fixed key order, canonical order of cases, codings and criteria, no
 * timestamps), so export → import → export gives byte-identical files.
 */
public final class ReplicationPackage {
  public static final String CODEBOOK = "codebook.yaml";
  public static final String BIBLIOGRAPHY = "bibliography.yaml";
  public static final String BIBTEX = "bibliography.bib";
  public static final String CITATION = "CITATION.cff";
  public static final String CASES = "cases";

  private ReplicationPackage() { }

  /** The files of a package (relative path → text), in a fixed order. */
  public static Map<String, String> files(CaseBase caseBase, String codebookText) {
    CaseBase cb = Canonical.of(caseBase);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CODEBOOK, codebookText);
    files.put(BIBLIOGRAPHY, BibliographyWriter.write(cb.bibliography()));
    files.put(BIBTEX, BibTexWriter.write(cb.bibliography()));
    for (IntegrationCase c : cb.cases()) files.put(CASES + "/" + c.id() + ".yaml", CaseWriter.write(c));
    files.put(CITATION, citation(cb, files));
    return files;
  }

  /**
   * Writes the package into {@code dir}, which must not exist or be empty. The files are written to
   * a temporary folder beside it first and moved into place in one rename, so an interrupted export
   * leaves no half-written package.
   */
  public static Map<String, String> export(Workspace ws, Path dir) {
    CaseBase cb = ws.caseBase();
    if (cb == null) throw new WorkspaceException("the workspace is empty: nothing to export");
    Map<String, String> files = files(cb, ws.codebookText());
    Path target = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(target)) {
        if (!Files.isDirectory(target)) throw new WorkspaceException(dir + " exists and is not a folder; expected a new or empty folder");
        try (Stream<Path> s = Files.list(target)) {
          if (s.findAny().isPresent()) throw new WorkspaceException(dir + " is not empty; expected a new or empty folder (nothing is overwritten)");
        }
      }
      Path parent = target.getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
      try {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Path p = tmp.resolve(f.getKey());
          Files.createDirectories(p.getParent());
          Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        if (Files.exists(target)) Files.delete(target);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target);
        }
      } finally {
        if (Files.exists(tmp)) deleteTree(tmp);
      }
    } catch (IOException e) {
      // The folder is the user's choice: a path that cannot be written is bad input, not a crash.
      throw new WorkspaceException("cannot write the package to " + dir + ": " + reason(e) + "; expected a folder that can be created and written", e);
    }
    return files;
  }

  /**
   * Reads and validates a package (every problem reported as file:line:column, nothing written).
   */
  public static Contents read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.of(new Location(dir.toString(), 1, 1), "no such folder", "a replication package folder written by 'integra export'");
    }
    Path cbFile = dir.resolve(CODEBOOK);
    if (!Files.isRegularFile(cbFile)) {
      throw InvalidInputException.of(new Location(cbFile.toString(), 1, 1), "missing codebook", "codebook.yaml in the package folder");
    }
    String codebook = readText(cbFile);
    List<CaseBaseLoader.Input> bibs = new ArrayList<>();
    Path bibFile = dir.resolve(BIBLIOGRAPHY);
    if (Files.isRegularFile(bibFile)) bibs.add(new CaseBaseLoader.Input(bibFile.toString(), readText(bibFile)));
    List<CaseBaseLoader.Input> cases = new ArrayList<>();
    Path casesDir = dir.resolve(CASES);
    if (Files.isDirectory(casesDir)) {
      try (Stream<Path> s = Files.list(casesDir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted(Comparator.comparing(Path::toString)).toList()) {
          cases.add(new CaseBaseLoader.Input(f.toString(), readText(f)));
        }
      } catch (IOException e) {
        throw InvalidInputException.of(new Location(casesDir.toString(), 1, 1), "cannot list the folder (" + e.getMessage() + ")", "a readable folder");
      }
    }
    CaseBase cb = CaseBaseLoader.fromInputs(new CaseBaseLoader.Input(cbFile.toString(), codebook), bibs, cases);
    return new Contents(cb, codebook);
  }

  /** A validated package. */
  public record Contents(CaseBase caseBase, String codebookText) { }

  /** Validates the package fully, then imports it into the (empty) workspace in one transaction. */
  public static Contents importInto(Workspace ws, Path dir, ChangeNote note) {
    Contents c = read(dir);
    ws.importCaseBase(c.caseBase(), c.codebookText(), note);
    return c;
  }

  /** What went wrong, in words: the JDK's file-system exceptions often carry only a path. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
    if (e instanceof java.nio.file.AccessDeniedException f) return "permission denied on " + f.getFile();
    if (e instanceof java.nio.file.NoSuchFileException f) return "no such file or folder " + f.getFile();
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    return String.valueOf(e.getMessage());
  }

  private static String readText(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(List.of(new Problem(new Location(f.toString(), 1, 1), "cannot read the file (" + e.getMessage() + ")", "a readable UTF-8 text file")));
    }
  }

  private static String citation(CaseBase cb, Map<String, String> files) {
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, String> f : files.entrySet()) all.append(f.getKey()).append('\0').append(f.getValue()).append('\0');
    String hash = BundledData.sha256(all.toString());
    TreeSet<String> coders = new TreeSet<>();
    for (IntegrationCase c : cb.cases()) for (Coding k : c.codings()) if (!k.coder().equals(io.integra.storage.workspace.Reconciliation.CODER)) coders.add(k.coder());
    Codebook book = cb.codebook();
    int codings = cb.cases().stream().mapToInt(c -> c.codings().size()).sum();
    StringBuilder y = new StringBuilder();
    y.append("cff-version: 1.2.0\n");
    y.append("message: \"If you use these codings, please cite them as below, with the codebook they were coded with.\"\n");
    y.append("type: dataset\n");
    y.append("title: ").append(q("Integra workspace: " + cb.cases().size() + " cases, " + codings + " codings, coded with codebook "
        + book.id() + " " + book.version())).append('\n');
    y.append("version: ").append(q("workspace-sha256-" + hash.substring(0, 16))).append('\n');
    y.append("abstract: ").append(q("Replication package exported from an Integra workspace (content SHA-256 " + hash
        + "). Codebook: " + (book.title() == null ? book.id() : book.title()) + ", version " + book.version() + ".")).append('\n');
    y.append("authors:\n");
    if (coders.isEmpty()) y.append("  - name: \"Integra workspace\"\n");
    for (String coder : coders) y.append("  - name: ").append(q(coder)).append('\n');
    y.append("keywords:\n  - \"regional integration\"\n  - \"qualitative comparative analysis\"\n  - \"codebook\"\n");
    y.append("references:\n");
    y.append("  - type: generic\n");
    y.append("    title: ").append(q(book.title() == null ? book.id() : book.title())).append('\n');
    y.append("    version: ").append(q(book.version())).append('\n');
    y.append("    authors:\n      - name: ").append(q(book.citation() == null ? book.id() : book.citation())).append('\n');
    return y.toString();
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04X", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    }
  }
}
