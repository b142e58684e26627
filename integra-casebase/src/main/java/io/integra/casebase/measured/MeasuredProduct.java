package io.integra.casebase.measured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.indicator.MeasuredMembership;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measured memberships as a derived data product (docs/measured.md): {@value #FILE} (one row
 * per case, lens, criterion and year) and {@value #MANIFEST} (SHA-256 checksums of the input files,
 * of each recipe's computational fields and of each case's member spells). Written by
 * {@code integra measure} (temporary files renamed into place), read by every command that
 * assesses; the raw data are never needed at run time.
 *
 * @param values   the measured memberships (their provenance carries {@link #checksum})
 * @param inputs   the data files read: name, SHA-256, bytes
 * @param recipes  {@code lens/criterion} to the checksum of its recipe
 * @param cases    case id to the checksum of its member spells
 * @param command  the command that wrote it
 * @param checksum SHA-256 over inputs, recipes and cases
 */
public record MeasuredProduct(List<MeasuredMembership> values, List<Input> inputs, Map<String, String> recipes,
                              Map<String, String> cases, String command, String checksum) {
  public static final String FILE = "measured.json";
  public static final String MANIFEST = "measured-manifest.json";
  public static final String FORMAT = "integra-measured/1";
  static final List<String> COLUMNS = List.of("case", "lens", "criterion", "year", "raw", "membership", "index", "dataset",
      "years", "members", "exclusion", "crossover", "inclusion", "notes");
  private static final ObjectMapper JSON = new ObjectMapper();

  public MeasuredProduct {
    values = List.copyOf(values);
    inputs = List.copyOf(inputs);
    recipes = new TreeMap<>(recipes);
    cases = new TreeMap<>(cases);
  }

  /** A data file read: its file name, SHA-256 and size. */
  public record Input(String name, String sha256, long bytes) {
    public static Input of(Path file) { return new Input(file.getFileName().toString(), MeasuredProduct.sha256(file), size(file)); }
  }

  /** Builds a product, stamping every value's provenance with the checksum of the inputs. */
  public static MeasuredProduct of(List<MeasuredMembership> values, List<Input> inputs, Codebook codebook,
                                   List<IntegrationCase> cases, String command) {
    Map<String, String> recipes = recipeChecksums(codebook);
    Map<String, String> spells = new TreeMap<>();
    for (IntegrationCase c : cases) spells.put(c.id(), memberSpellsChecksum(c));
    StringBuilder all = new StringBuilder();
    for (Input i : inputs) all.append(i.name()).append(' ').append(i.sha256()).append('\n');
    new TreeMap<>(recipes).forEach((k, v) -> all.append(k).append(' ').append(v).append('\n'));
    spells.forEach((k, v) -> all.append(k).append(' ').append(v).append('\n'));
    String checksum = sha256(all.toString());
    List<MeasuredMembership> stamped = values.stream().map(m -> new MeasuredMembership(m.caseId(), m.lens(), m.criterion(), m.year(),
        m.raw(), m.membership(), new MeasuredMembership.Provenance(m.provenance().index(), m.provenance().dataset(), m.provenance().years(),
            m.provenance().members(), m.provenance().exclusion(), m.provenance().crossover(), m.provenance().inclusion(), checksum,
            m.provenance().notes()))).toList();
    return new MeasuredProduct(stamped, inputs, recipes, spells, command, checksum);
  }

  /** {@code lens/criterion} to the checksum of its recipe, for every recipe of the codebook. */
  public static Map<String, String> recipeChecksums(Codebook codebook) {
    Map<String, String> out = new TreeMap<>();
    for (Lens l : codebook.lenses()) {
      for (Criterion c : l.criteria()) if (c.indicator() != null) out.put(l.id() + "/" + c.id(), recipeChecksum(c.indicator()));
    }
    return out;
  }

  /** SHA-256 of the fields that decide a recipe's values (index, flow, anchors), not of its prose. */
  public static String recipeChecksum(Criterion.Indicator r) {
    return sha256(String.join("|", r.index(), String.valueOf(r.flow()), num(r.exclusion()), num(r.crossover()), num(r.inclusion())));
  }

  /** SHA-256 of a case's member spells (ISO3, from, to, status), in a stable order. */
  public static String memberSpellsChecksum(IntegrationCase c) {
    List<String> lines = new ArrayList<>();
    for (Member m : c.members()) {
      for (Spell s : m.spells()) lines.add(m.iso3() + "|" + s.from() + "|" + s.to() + "|" + s.status());
    }
    lines.sort(null);
    return sha256(String.join("\n", lines));
  }

  /** Writes {@value #FILE} and {@value #MANIFEST} into {@code dir} (each to a temporary file, then renamed). */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      StringBuilder sb = new StringBuilder();
      sb.append("{\"format\":\"").append(FORMAT).append("\",\"checksum\":\"").append(checksum).append("\",\n\"columns\":")
          .append(JSON.writeValueAsString(COLUMNS)).append(",\n\"rows\":[\n");
      for (int i = 0; i < values.size(); i++) {
        MeasuredMembership m = values.get(i);
        var p = m.provenance();
        sb.append(JSON.writeValueAsString(List.of(m.caseId(), m.lens(), m.criterion(), m.year(), m.raw(), m.membership(), p.index(),
            p.dataset() == null ? "" : p.dataset(), p.years(), String.join(" ", p.members()), p.exclusion(), p.crossover(), p.inclusion(),
            p.notes())));
        sb.append(i + 1 < values.size() ? ",\n" : "\n");
      }
      sb.append("]}\n");
      ObjectNode man = JSON.createObjectNode();
      man.put("format", FORMAT);
      man.put("command", command);
      man.put("checksum", checksum);
      man.put("rows", values.size());
      ArrayNode in = man.putArray("inputs");
      for (Input i : inputs) in.addObject().put("name", i.name()).put("sha256", i.sha256()).put("bytes", i.bytes());
      ObjectNode r = man.putObject("recipes");
      recipes.forEach(r::put);
      ObjectNode cs = man.putObject("memberSpells");
      cases.forEach(cs::put);
      atomicWrite(dir.resolve(FILE), sb.toString());
      atomicWrite(dir.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(man) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a product from the texts of its two files.
   *
   * @throws IllegalArgumentException with the file name and what is wrong
   */
  public static MeasuredProduct read(String name, String productText, String manifestText) {
    try {
      JsonNode p = JSON.readTree(productText), man = JSON.readTree(manifestText);
      if (!FORMAT.equals(p.path("format").asText()) || !FORMAT.equals(man.path("format").asText())) {
        throw new IllegalArgumentException(name + ": not an " + FORMAT + " product (format '" + p.path("format").asText() + "')");
      }
      String checksum = man.path("checksum").asText();
      if (!checksum.equals(p.path("checksum").asText())) {
        throw new IllegalArgumentException(name + ": " + FILE + " and " + MANIFEST + " belong to different runs (checksums differ); regenerate with 'integra measure'");
      }
      List<MeasuredMembership> values = new ArrayList<>();
      int line = 0;
      for (JsonNode row : p.path("rows")) {
        line++;
        if (!row.isArray() || row.size() != COLUMNS.size()) throw new IllegalArgumentException(name + ": row " + line + " has " + row.size() + " fields, expected " + COLUMNS.size());
        List<String> members = row.get(9).asText().isBlank() ? List.of() : List.of(row.get(9).asText().split(" "));
        List<String> notes = new ArrayList<>();
        row.get(13).forEach(n -> notes.add(n.asText()));
        values.add(new MeasuredMembership(row.get(0).asText(), row.get(1).asText(), row.get(2).asText(), row.get(3).asInt(),
            row.get(4).asDouble(), row.get(5).asDouble(), new MeasuredMembership.Provenance(row.get(6).asText(),
                row.get(7).asText().isEmpty() ? null : row.get(7).asText(), row.get(8).asText(), members, row.get(10).asDouble(),
                row.get(11).asDouble(), row.get(12).asDouble(), checksum, notes)));
      }
      List<Input> inputs = new ArrayList<>();
      for (JsonNode i : man.path("inputs")) inputs.add(new Input(i.path("name").asText(), i.path("sha256").asText(), i.path("bytes").asLong()));
      Map<String, String> recipes = new LinkedHashMap<>(), cases = new LinkedHashMap<>();
      man.path("recipes").fields().forEachRemaining(e -> recipes.put(e.getKey(), e.getValue().asText()));
      man.path("memberSpells").fields().forEachRemaining(e -> cases.put(e.getKey(), e.getValue().asText()));
      return new MeasuredProduct(values, inputs, recipes, cases, man.path("command").asText(null), checksum);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException) throw e;
      throw new IllegalArgumentException(name + ": malformed product: " + e.getMessage());
    }
  }

  /** Reads the product in {@code dir}, or null when the folder holds none. */
  public static MeasuredProduct readDir(Path dir) {
    Path f = dir.resolve(FILE), m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(f)) return null;
    if (!Files.isRegularFile(m)) throw new IllegalArgumentException(f + ": its manifest " + MANIFEST + " is missing; regenerate with 'integra measure'");
    try {
      return read(f.toString(), Files.readString(f), Files.readString(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The product bundled with the case base, or null when none is bundled. */
  public static MeasuredProduct bundled() {
    String base = "/io/integra/casebase/data/measured/";
    String p = resource(base + FILE), m = resource(base + MANIFEST);
    if (p == null || m == null) return null;
    return read(FILE + " (bundled)", p, m);
  }

  private static String resource(String path) {
    try (InputStream in = MeasuredProduct.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void atomicWrite(Path target, String text) throws IOException {
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text);
      try { // a temporary file is private; the product is a plain readable file like the rest of the resources
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its defaults
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String num(double d) { return String.format(Locale.ROOT, "%.10g", d); }

  static String sha256(String s) { return HexFormat.of().formatHex(digest().digest(s.getBytes(StandardCharsets.UTF_8))); }

  /** SHA-256 of a file's bytes, streamed. */
  public static String sha256(Path file) {
    MessageDigest d = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
