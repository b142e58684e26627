package io.integra.core.cases;

import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a case's facts follow beyond their shape, checked on the records themselves: the focus
 * and each milestone or policy name dimensions of the codebook, and a milestone's stage is a rung
 * of its own dimension's ladder (thesis §4.4.2.2); a member has at least one spell, a spell ends
 * after it starts and one state's spells never overlap (a state is in or out on any day, thesis
 * §4.4.1); a state, an institution, a milestone and a policy are listed once; an institution is
 * supranational or intergovernmental (thesis §4.4.1) and of a known kind (a misspelt kind would
 * drop out of the dimension scores silently); a milestone's status is achieved, partial or planned;
 * a policy ends after it starts; every source a fact cites is in the bibliography. The values a
 * record must hold to be a case at all (ids, names, dates a case file can hold, ISO codes) are checked too, as
 * {@linkplain Problem#shape() shape} problems.
 *
 * <p>One place for these rules, as {@link CodingRules} is for codings: {@code casebase/CaseReader}
 * maps each {@link Problem} to the {@code file:line:column} of the value it concerns (and leaves
 * out the shape problems, which it reports itself while reading), and the workspace checks a
 * case's facts with them directly (no YAML in between). A problem names its place logically
 * ({@link Where}), never by line.
 */
public final class CaseRules {
  private CaseRules() { }

  /** The kinds of institution of docs/case-format.md. */
  public static final List<String> INSTITUTION_KINDS =
      List.of("council", "summit", "secretariat", "parliament", "court", "bank", "civil-society", "commission", "other");

  /** The statuses of a milestone ({@link Milestone#status()}; null reads as achieved). */
  public static final Set<String> MILESTONE_STATUSES = Set.of("achieved", "partial", "planned");

  /** The part of a case a problem concerns. */
  public enum Part { CASE, FOUNDING, MEMBER, SPELL, INSTITUTION, MILESTONE, POLICY }

  /**
   * The field a problem concerns: {@code ENTRY} is the whole entry (of a list of members,
   * institutions, ...); every other field is named as its key in a case file, in lower case.
   */
  public enum Field { ENTRY, ID, NAME, FOCUS, FOUNDING, SIGNED, IN_FORCE, ESTABLISHED, ISO3, SPELLS, FROM, TO, NATURE, KIND, DIMENSION, STAGE, STATUS, DATE, SINCE, UNTIL, SOURCES }

  /**
   * Where a problem is: the part, the entry's index in its list (-1 for the case and its founding
   * instrument), a spell's index in its member's spells (-1 otherwise), the field, and for a value
   * of a list (focus, sources) its index in that list (-1 otherwise).
   */
  public record Where(Part part, int index, int spell, Field field, int item) {
    static Where of(Part part, int index, Field field) { return new Where(part, index, -1, field, -1); }
  }

  /**
   * One broken rule. {@code other} is the index of the earlier entry (or spell) this one repeats or
   * overlaps (null for other rules). {@code shape}: a value the record must hold to be a case at all
   * is missing or malformed (a case file's reader refuses it while reading).
   */
  public record Problem(Where where, String message, String expected, Integer other, boolean shape) {
    /** {@code message; expected ...}, the form a workspace reports. */
    public String text() { return message + (expected == null ? "" : "; expected " + expected); }
  }

  /** Checks a case's facts (its codings are {@link CodingRules}'); every problem in the order of the case (empty: all is well). */
  public static List<Problem> check(Codebook codebook, Set<String> sourceKeys, IntegrationCase c) {
    Checker k = new Checker(codebook, sourceKeys);
    k.facts(c);
    return k.out;
  }

  /** The text of a duplicate member, the first entry named by {@code first} (a file: "at line 6"). */
  public static String duplicateMember(String iso3, String first) {
    return "duplicate member " + iso3 + " (first " + first + ")";
  }

  /** Whether {@code iso3} is written as an ISO 3166-1 alpha-3 code. */
  public static boolean isIso3(String iso3) { return iso3.matches("[A-Z]{3}"); }

  /** Whether {@code id} is a valid id of a case or an entry (the same pattern as a case file's ids). */
  public static boolean isId(String id) { return id.matches("[a-z0-9][a-z0-9_.-]*"); }

  private static final class Checker {
    private final Codebook codebook;
    private final Set<String> sourceKeys;
    private final List<Problem> out = new ArrayList<>();

    Checker(Codebook codebook, Set<String> sourceKeys) {
      this.codebook = codebook;
      this.sourceKeys = sourceKeys;
    }

    void facts(IntegrationCase c) {
      id(Where.of(Part.CASE, -1, Field.ID), c.id(), "a case");
      required(Where.of(Part.CASE, -1, Field.NAME), c.name(), "name", "a case");
      for (int i = 0; i < c.focus().size(); i++) {
        String d = c.focus().get(i);
        if (codebook.dimension(d).isEmpty()) {
          add(new Where(Part.CASE, -1, -1, Field.FOCUS, i), "unknown dimension '" + d + "' in focus",
              "one of " + String.join(", ", codebook.dimensions().stream().map(Dimension::id).toList()));
        }
      }
      FoundingInstrument f = c.founding();
      if (f == null) {
        out.add(new Problem(Where.of(Part.CASE, -1, Field.FOUNDING), "missing 'founding' in a case",
            "the founding instrument with its name and signature date", null, true));
      } else {
        required(Where.of(Part.FOUNDING, -1, Field.NAME), f.name(), "name", "the founding instrument");
        required(Where.of(Part.FOUNDING, -1, Field.SIGNED), f.signed(), "signed", "the founding instrument");
        date(Where.of(Part.FOUNDING, -1, Field.SIGNED), f.signed());
        date(Where.of(Part.FOUNDING, -1, Field.IN_FORCE), f.inForce());
        sources(Part.FOUNDING, -1, -1, f.sources());
      }
      for (int i = 0; i < c.members().size(); i++) member(i, c.members().get(i));
      duplicates(Part.MEMBER, c.members(), Member::iso3);
      for (int i = 0; i < c.institutions().size(); i++) institution(i, c.institutions().get(i));
      duplicates(Part.INSTITUTION, c.institutions(), Institution::id);
      for (int i = 0; i < c.milestones().size(); i++) milestone(i, c.milestones().get(i));
      duplicates(Part.MILESTONE, c.milestones(), Milestone::id);
      for (int i = 0; i < c.policies().size(); i++) policy(i, c.policies().get(i));
      duplicates(Part.POLICY, c.policies(), Policy::id);
    }

    private void member(int i, Member m) {
      String iso3 = m.iso3();
      if (iso3 == null) required(Where.of(Part.MEMBER, i, Field.ISO3), null, "iso3", "a member");
      else if (!isIso3(iso3)) {
        out.add(new Problem(Where.of(Part.MEMBER, i, Field.ISO3), "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code",
            "three upper-case letters, e.g. BOL", null, true));
      }
      if (m.spells().isEmpty()) add(Where.of(Part.MEMBER, i, Field.SPELLS), "member " + iso3 + " has no spells", "at least one spell {from, to, status}");
      List<Integer> compared = new ArrayList<>();
      for (int j = 0; j < m.spells().size(); j++) {
        Spell s = m.spells().get(j);
        required(new Where(Part.SPELL, i, j, Field.STATUS, -1), s.status(), "status", "a spell");
        date(new Where(Part.SPELL, i, j, Field.FROM, -1), s.from());
        date(new Where(Part.SPELL, i, j, Field.TO, -1), s.to());
        if (s.from() == null) {
          required(new Where(Part.SPELL, i, j, Field.FROM, -1), null, "from", "a spell");
        } else if (s.to() != null && !s.to().isAfter(s.from())) {
          add(new Where(Part.SPELL, i, j, Field.TO, -1), "spell of " + iso3 + " ends (" + s.to() + ") before or on the day it starts (" + s.from() + ")",
              "'to' after 'from' (to is the first day no longer in the spell)");
        } else if (s.status() != null) {
          // a reversed spell, or one without a status, is reported once; an overlap with it would only repeat that
          for (int k : compared) {
            Spell o = m.spells().get(k);
            if (o.overlaps(s)) {
              out.add(new Problem(new Where(Part.SPELL, i, j, Field.ENTRY, -1),
                  "spell " + s.from() + " – " + (s.to() == null ? "open" : s.to()) + " of " + iso3 + " overlaps the spell from " + o.from(),
                  "spells that do not overlap, in date order", k, false));
            }
          }
          compared.add(j);
        }
        sources(Part.SPELL, i, j, s.sources());
      }
      sources(Part.MEMBER, i, -1, m.sources());
    }

    private void institution(int i, Institution n) {
      entry(Part.INSTITUTION, i, n.id(), n.name(), n.sources(), "an institution");
      required(Where.of(Part.INSTITUTION, i, Field.NATURE), n.nature(), "nature", "an institution");
      date(Where.of(Part.INSTITUTION, i, Field.ESTABLISHED), n.established());
      if (n.kind() != null && !INSTITUTION_KINDS.contains(n.kind())) {
        add(Where.of(Part.INSTITUTION, i, Field.KIND), "unknown institution kind '" + n.kind() + "'", "one of " + String.join(", ", INSTITUTION_KINDS));
      }
    }

    private void milestone(int i, Milestone m) {
      entry(Part.MILESTONE, i, m.id(), m.name(), m.sources(), "a milestone");
      dimension(Where.of(Part.MILESTONE, i, Field.DIMENSION), m.dimension());
      String stage = m.stage();
      if (stage != null) {
        boolean known = codebook.dimensions().stream().anyMatch(d -> d.stages().stream().anyMatch(s -> s.id().equals(stage)));
        if (!known) {
          add(Where.of(Part.MILESTONE, i, Field.STAGE), "unknown stage '" + stage + "'", "one of " + String.join(", ",
              codebook.dimensions().stream().flatMap(d -> d.stages().stream()).map(Dimension.Stage::id).toList()));
        }
        // A stage belongs to one dimension's ladder (thesis §4.4.2.2): on a milestone of another
        // dimension it would silently count towards the wrong one.
        Dimension d = m.dimension() == null ? null : codebook.dimension(m.dimension()).orElse(null);
        if (known && d != null && d.stages().stream().noneMatch(s -> s.id().equals(stage))) {
          add(Where.of(Part.MILESTONE, i, Field.STAGE), "stage '" + stage + "' is not a stage of dimension '" + m.dimension() + "'", d.stages().isEmpty()
              ? "no stage on a " + m.dimension() + " milestone" : "one of " + String.join(", ", d.stages().stream().map(Dimension.Stage::id).toList()));
        }
      }
      if (m.status() != null && !MILESTONE_STATUSES.contains(m.status())) {
        add(Where.of(Part.MILESTONE, i, Field.STATUS), "unknown milestone status '" + m.status() + "'", "achieved, partial or planned");
      }
      required(Where.of(Part.MILESTONE, i, Field.DATE), m.date(), "date", "a milestone");
      date(Where.of(Part.MILESTONE, i, Field.DATE), m.date());
    }

    private void policy(int i, Policy p) {
      entry(Part.POLICY, i, p.id(), p.name(), p.sources(), "a policy");
      dimension(Where.of(Part.POLICY, i, Field.DIMENSION), p.dimension());
      LocalDate since = p.since();
      required(Where.of(Part.POLICY, i, Field.SINCE), since, "since", "a policy");
      date(Where.of(Part.POLICY, i, Field.SINCE), since);
      date(Where.of(Part.POLICY, i, Field.UNTIL), p.until());
      if (since != null && p.until() != null && !p.until().isAfter(since)) {
        add(Where.of(Part.POLICY, i, Field.UNTIL), "policy '" + p.id() + "' ends before it starts", "'until' after 'since'");
      }
    }

    /** What every entry of a list of institutions, milestones or policies holds: an id, a name, sources. */
    private void entry(Part part, int i, String id, String name, List<String> sources, String what) {
      id(Where.of(part, i, Field.ID), id, what);
      required(Where.of(part, i, Field.NAME), name, "name", what);
      sources(part, i, -1, sources);
    }

    private void dimension(Where at, String dim) {
      if (dim != null && codebook.dimension(dim).isEmpty()) add(at, "unknown dimension '" + dim + "'", "a dimension of the codebook");
    }

    private void sources(Part part, int index, int spell, List<String> keys) {
      for (int k = 0; k < keys.size(); k++) {
        if (!sourceKeys.contains(keys.get(k))) {
          add(new Where(part, index, spell, Field.SOURCES, k), "source '" + keys.get(k) + "' is not in the bibliography", "a key defined in bibliography.yaml");
        }
      }
    }

    /** Each key once in its list (a null key is a shape problem of its own); names the first entry. */
    private <T> void duplicates(Part part, List<T> entries, Function<T, String> key) {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        String k = key.apply(entries.get(i));
        if (k == null) continue;
        Integer f = first.putIfAbsent(k, i);
        if (f == null) continue;
        String message = switch (part) {
          case MEMBER -> duplicateMember(k, "as member " + (f + 1));
          case INSTITUTION -> "duplicate institution id '" + k + "'";
          case MILESTONE -> "duplicate milestone id '" + k + "'";
          default -> "duplicate policy id '" + k + "'";
        };
        out.add(new Problem(Where.of(part, i, Field.ENTRY), message, part == Part.MEMBER ? "one entry per state, with several spells" : "each id once", f, false));
      }
    }

    private void id(Where at, String id, String what) {
      if (id == null) required(at, null, "id", what);
      else if (!isId(id)) out.add(new Problem(at, "'" + id + "' is not a valid id", "lower-case letters, digits, '_', '-' or '.'", null, true));
    }

    /**
     * A date a case file can hold: a year of four digits (a case file's dates are
     * {@code YYYY-MM-DD}; a workspace stores facts as that text, so another year would not read back).
     */
    private void date(Where at, LocalDate d) {
      if (d != null && (d.getYear() < 0 || d.getYear() > 9999)) {
        out.add(new Problem(at, "'" + d + "' is not a date", "YYYY-MM-DD (or YYYY-MM, YYYY)", null, true));
      }
    }

    /** The same words as a missing key of a case file ({@code casebase/yaml/Fields}). */
    private void required(Where at, Object value, String key, String what) {
      if (value == null) {
        out.add(new Problem(at, "missing '" + key + "' in " + what, "a value for '" + key + "'", null, true));
      }
    }

    private void add(Where at, String message, String expected) {
      out.add(new Problem(at, message, expected, null, false));
    }
  }
}
