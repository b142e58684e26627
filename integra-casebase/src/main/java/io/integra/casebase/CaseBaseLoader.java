package io.integra.casebase;

import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a case base: the bundled one (codebook, bibliography and the thesis's cases, shipped as
 * resources), optionally with a user's files and folders added. Everything is validated before
 * anything is returned; any problem raises {@link InvalidInputException} listing all of them.
 */
public final class CaseBaseLoader {
  static final String DATA = "/io/integra/casebase/data/";
  private static volatile CaseBase bundled;

  private CaseBaseLoader() { }

  /** A text file to read, with the name used in messages. */
  public record Input(String name, String text) { }

  /** The bundled case base (cached; it is immutable). */
  public static CaseBase bundled() {
    CaseBase b = bundled;
    if (b == null) {
      synchronized (CaseBaseLoader.class) {
        if (bundled == null) bundled = fromInputs(new Input("codebook.yaml", resource("codebook.yaml")), bundledBibliography(), bundledCases());
        b = bundled;
      }
    }
    return b;
  }

  /** The bundled codebook alone. */
  public static Codebook bundledCodebook() {
    Problems problems = new Problems();
    Codebook cb = CodebookReader.read("codebook.yaml", resource("codebook.yaml"), problems);
    problems.throwIfAny();
    return cb;
  }

  /**
   * Loads the bundled case base plus the given files and folders (when {@code withBundled}),
   * or only the given ones. A folder may hold codebook.yaml, bibliography.yaml, case files, and a
   * cases/ subfolder. A file is classified by its top-level keys: {@code lenses} (a codebook),
   * {@code sources} (a bibliography), anything else a case.
   */
  public static CaseBase load(List<Path> paths, boolean withBundled) {
    List<Input> bibs = new ArrayList<>();
    List<Input> cases = new ArrayList<>();
    Input own = collectAll(paths, bibs, cases);
    Input codebook = own == null ? new Input("codebook.yaml (bundled)", resource("codebook.yaml")) : own;
    List<Input> allBibs = new ArrayList<>();
    allBibs.add(new Input("bibliography.yaml (bundled)", resource("bibliography.yaml")));
    allBibs.addAll(bibs);
    List<Input> allCases = new ArrayList<>(withBundled ? bundledCases() : List.of());
    allCases.addAll(cases);
    return fromInputs(codebook, allBibs, allCases);
  }

  /**
   * Loads the given files and folders on top of a base given as texts (e.g. a workspace's codebook,
   * bibliography and cases): a codebook among the files replaces {@code codebook}, their
   * bibliographies and cases are added. Everything is validated together.
   */
  public static CaseBase loadOnto(Input codebook, List<Input> bibliographies, List<Input> baseCases, List<Path> paths) {
    List<Input> bibs = new ArrayList<>(bibliographies);
    List<Input> cases = new ArrayList<>(baseCases);
    Input own = collectAll(paths, bibs, cases);
    return fromInputs(own == null ? codebook : own, bibs, cases);
  }

  /**
   * Reads the given files and folders (with the bibliographies beside them), adding their
   * bibliographies to {@code bibs} and their cases to {@code cases}; returns their codebook, or
   * null when they hold none. Unreadable files, and a second codebook, are refused.
   */
  private static Input collectAll(List<Path> paths, List<Input> bibs, List<Input> cases) {
    Problems problems = new Problems();
    List<Input> codebooks = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path p : withNearbyBibliographies(paths)) {
      if (seen.add(p.toAbsolutePath().normalize())) collect(p, codebooks, bibs, cases, problems, seen);
    }
    problems.throwIfAny();
    if (codebooks.size() > 1) {
      throw InvalidInputException.of(new Location(codebooks.get(1).name(), 1, 1), "a second codebook (first: " + codebooks.get(0).name() + ")", "one codebook per case base");
    }
    return codebooks.isEmpty() ? null : codebooks.get(0);
  }

  /** Validates files without keeping the result; returns every problem (empty when valid). */
  public static List<io.integra.casebase.yaml.Problem> validate(List<Path> paths) {
    try {
      load(paths, false);
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /** Reads and checks everything from texts; the core of all the loaders above. */
  public static CaseBase fromInputs(Input codebook, List<Input> bibliographies, List<Input> caseFiles) {
    Problems problems = new Problems();
    Codebook cb = CodebookReader.read(codebook.name(), codebook.text(), problems);
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<String, Location> sourceAt = new HashMap<>();
    for (Input b : bibliographies) BibliographyReader.read(b.name(), b.text(), problems, sources, sourceAt);
    if (cb == null) problems.throwIfAny();
    CaseReader reader = new CaseReader(cb, sources.keySet(), problems);
    List<IntegrationCase> cases = new ArrayList<>();
    Map<String, Location> firstAt = new HashMap<>();
    for (Input c : caseFiles) {
      Map<String, Location> idAt = new HashMap<>();
      IntegrationCase ic = reader.read(c.name(), c.text(), idAt);
      for (Map.Entry<String, Location> e : idAt.entrySet()) {
        if (firstAt.containsKey(e.getKey())) {
          problems.add(e.getValue(), "duplicate case id '" + e.getKey() + "' (first in " + firstAt.get(e.getKey()) + ")", "each case id once in a case base");
          ic = null;
        } else {
          firstAt.put(e.getKey(), e.getValue());
        }
      }
      if (ic != null) cases.add(ic);
    }
    problems.throwIfAny();
    return new CaseBase(cb, cases, BibliographyReader.list(sources));
  }

  /**
   * A case file given alone still needs the sources it cites: a bibliography.yaml beside it, or in
   * the folder above a cases/ folder, is read too.
   */
  private static List<Path> withNearbyBibliographies(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        Path dir = p.toAbsolutePath().getParent();
        for (Path d = dir; d != null && (d.equals(dir) || dir.getFileName().toString().equals("cases")); d = d.equals(dir) ? dir.getParent() : null) {
          Path bib = d.resolve("bibliography.yaml");
          if (Files.isRegularFile(bib) && !bib.equals(p.toAbsolutePath())) out.add(bib);
        }
      }
      out.add(p);
    }
    return out;
  }

  private static void collect(Path p, List<Input> codebooks, List<Input> bibs, List<Input> cases, Problems problems, java.util.Set<Path> seen) {
    if (Files.isDirectory(p)) {
      List<Path> files = new ArrayList<>(yamlFiles(p));
      Path sub = p.resolve("cases");
      if (Files.isDirectory(sub)) files.addAll(yamlFiles(sub));
      for (Path f : files) {
        if (seen.add(f.toAbsolutePath().normalize())) collect(f, codebooks, bibs, cases, problems, seen);
      }
      return;
    }
    if (!Files.isRegularFile(p)) {
      problems.add(new Location(p.toString(), 1, 1), "no such file or folder", "a case file, a codebook, a bibliography or a folder of them");
      return;
    }
    String text;
    try {
      text = Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Location(p.toString(), 1, 1), "cannot read the file (" + e.getMessage() + ")", "a readable UTF-8 text file");
      return;
    }
    Input in = new Input(p.toString(), text);
    Problems probe = new Problems();
    Node root = YamlTreeReader.read(in.name(), text, probe);
    if (root instanceof Node.MapNode m && m.entries().containsKey("lenses")) codebooks.add(in);
    else if (root instanceof Node.MapNode m && m.entries().containsKey("sources") && !m.entries().containsKey("members")) bibs.add(in);
    else cases.add(in);
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (var in = CaseBaseLoader.class.getResourceAsStream(DATA + name)) {
      if (in == null) throw new IllegalStateException("bundled resource missing: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Input> bundledBibliography() { return List.of(new Input("bibliography.yaml", resource("bibliography.yaml"))); }

  /** The bundled case files, listed from the classpath folder (a directory or inside the jar). */
  static List<Input> bundledCases() {
    URL url = CaseBaseLoader.class.getResource(DATA + "cases");
    if (url == null) return List.of();
    try {
      URI uri = url.toURI();
      Path dir;
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        dir = fs.getPath(DATA + "cases");
      } else {
        dir = Path.of(uri);
      }
      List<Input> out = new ArrayList<>();
      for (Path f : yamlFiles(dir)) out.add(new Input("cases/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8)));
      return out;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list the bundled cases: " + e.getMessage(), e);
    }
  }
}
