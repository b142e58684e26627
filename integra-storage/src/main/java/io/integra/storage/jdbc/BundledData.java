package io.integra.storage.jdbc;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.write.BibliographyWriter;
import io.integra.casebase.write.CaseWriter;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.storage.workspace.Canonical;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bundled case base a new workspace is seeded from, and its fingerprint: the SHA-256 of its
 * canonical files, recorded at seeding so that {@code workspace info} can tell when a newer
 * program ships different bundled data (the workspace is never overwritten silently).
 */
public final class BundledData {
  private static volatile String hash;

  private BundledData() { }

  public static CaseBase caseBase() { return CaseBaseLoader.bundled(); }

  private static volatile String primaryCoder;

  /**
   * The coders of the bundled codings, comma-separated: the default primary coders of a workspace,
   * read from the data rather than named in code — in the order they are first met in the bundled
   * files, so the thesis's reading comes first and the codings made later from the fact sheets
   * (other periods, never overlapping it) also decide where the thesis is silent; null when the
   * bundled cases hold no coding.
   */
  public static String primaryCoder() {
    String p = primaryCoder;
    if (p == null) {
      java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      for (IntegrationCase c : caseBase().cases()) {
        for (io.integra.core.cases.Coding k : c.codings()) {
          if (!io.integra.core.cases.DecidingCoding.RECONCILED.equals(k.coder())) counts.merge(k.coder(), 1, Integer::sum);
        }
      }
      // in the order first met in the bundled files: the thesis's reading, then the later codings
      p = counts.isEmpty() ? null : String.join(",", counts.keySet());
      primaryCoder = p;
    }
    return p;
  }

  /** The bundled codebook exactly as shipped. */
  public static String codebookText() {
    try (InputStream in = CaseBaseLoader.class.getResourceAsStream("/io/integra/casebase/data/codebook.yaml")) {
      if (in == null) throw new IllegalStateException("the bundled codebook is missing from the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String hash() {
    String h = hash;
    if (h == null) {
      CaseBase cb = Canonical.of(caseBase());
      StringBuilder all = new StringBuilder(codebookText()).append('\0').append(BibliographyWriter.write(cb.bibliography()));
      for (IntegrationCase c : cb.cases()) all.append('\0').append(CaseWriter.write(c));
      hash = h = "sha256:" + sha256(all.toString());
    }
    return h;
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
