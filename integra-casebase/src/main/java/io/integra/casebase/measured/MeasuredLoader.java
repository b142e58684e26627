package io.integra.casebase.measured;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.MeasuredMemberships;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the measured memberships for a case base: the bundled product for the bundled cases, and
 * for a user's case folder ({@code --cases DIR}, or the folder of a case file) the product
 * {@code integra measure --cases DIR} wrote beside it, which takes precedence for the cases it
 * holds. Checks each product against the case base: a case whose member spells, or a recipe
 * whose index or anchors, differ from those measured is <b>stale</b>: its values are still shown,
 * each with a note, and a warning says so plainly. Values for a criterion that no longer has a
 * recipe are dropped.
 */
public final class MeasuredLoader {
  private MeasuredLoader() { }

  /**
   * The values to assess with, what the reader should be told, and the cases no product covers
   * (a user's case before {@code integra measure --cases DIR}; not a warning: measuring is optional).
   */
  public record Loaded(MeasuredMemberships values, List<String> warnings, List<String> unmeasured) { }

  /** The bundled product alone, checked against {@code base}. */
  public static Loaded forBase(CaseBase base) { return forBase(base, List.of()); }

  /** The bundled product plus the products beside {@code casePaths}, checked against {@code base}. */
  public static Loaded forBase(CaseBase base, List<Path> casePaths) {
    List<String> warnings = new ArrayList<>();
    Map<String, MeasuredProduct> byCase = new LinkedHashMap<>();
    List<MeasuredProduct> products = new ArrayList<>();
    MeasuredProduct bundled;
    try {
      bundled = MeasuredProduct.bundled();
    } catch (IllegalArgumentException e) {
      warnings.add(e.getMessage());
      bundled = null;
    }
    if (bundled != null) products.add(bundled);
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path p : casePaths) {
      Path d = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
      if (d != null) dirs.add(d.toAbsolutePath().normalize());
    }
    Set<String> userCases = new LinkedHashSet<>();
    for (Path d : dirs) {
      try {
        MeasuredProduct p = MeasuredProduct.readDir(d);
        if (p != null) products.add(p);
      } catch (IllegalArgumentException e) {
        warnings.add(e.getMessage());
      }
    }
    for (MeasuredProduct p : products) for (String id : p.cases().keySet()) byCase.put(id, p); // later (user) products win
    Map<String, String> recipes = MeasuredProduct.recipeChecksums(base.codebook());
    List<MeasuredMembership> values = new ArrayList<>();
    Set<String> staleRecipes = new LinkedHashSet<>();
    for (IntegrationCase c : base.cases()) {
      MeasuredProduct p = byCase.get(c.id());
      if (p == null) {
        if (!recipes.isEmpty() && (bundled == null || !bundled.cases().containsKey(c.id()))) userCases.add(c.id());
        continue;
      }
      boolean staleSpells = !p.cases().get(c.id()).equals(MeasuredProduct.memberSpellsChecksum(c));
      if (staleSpells) {
        warnings.add("measured memberships of case '" + c.id() + "' are stale: its member spells changed since they were measured; "
            + "regenerate with 'integra measure'" + (p == bundled ? "" : " --cases <its folder>"));
      }
      for (MeasuredMembership m : p.values()) {
        if (!m.caseId().equals(c.id())) continue;
        String key = m.lens() + "/" + m.criterion();
        String now = recipes.get(key);
        if (now == null) continue; // the criterion has no recipe any more
        MeasuredMembership v = m;
        if (!now.equals(p.recipes().get(key))) {
          staleRecipes.add(key);
          v = withNote(v, "stale: the recipe's index or anchors changed since this was measured");
        }
        if (staleSpells) v = withNote(v, "stale: the case's member spells changed since this was measured");
        values.add(v);
      }
    }
    if (!staleRecipes.isEmpty()) {
      warnings.add("measured memberships are stale for the recipes " + String.join(", ", staleRecipes)
          + ": their index or anchors changed since they were measured; regenerate with 'integra measure'");
    }
    return new Loaded(MeasuredMemberships.of(values), warnings, List.copyOf(userCases));
  }

  private static MeasuredMembership withNote(MeasuredMembership m, String note) {
    return new MeasuredMembership(m.caseId(), m.lens(), m.criterion(), m.year(), m.raw(), m.membership(), m.provenance().withNote(note));
  }
}
