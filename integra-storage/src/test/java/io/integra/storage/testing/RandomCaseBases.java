package io.integra.storage.testing;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Source;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Dimension;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid case bases over a codebook, from a seed (for property tests and benchmarks): awkward text (quotes, colons, '#',
 * newlines, YAML keywords, non-Latin scripts), optional fields left out at random, several coders
 * per lens with non-overlapping periods, scores on each coding's scale.
 */
public final class RandomCaseBases {
  private static final String[] WORDS = {"integration", "Mercado", "común", "null", "true", "yes", "~", "#hash", "a: b", "\"quoted\"",
      "back\\slash", "line\nbreak", "tab\there", "- dash", "[list]", "{map}", "ünïcödé", "中文", "العربية", "emoji 😀", "'single'", "%pct",
      "&anchor", "*alias", "!tag", "@at", "`tick`", "0.5", "1e3", "2020-01-01", "  lead", "trail  ", "|pipe", ">fold", "?q"};

  private final Random r;
  private final Codebook cb;

  public RandomCaseBases(long seed, Codebook cb) {
    this.r = new Random(seed);
    this.cb = cb;
  }

  public CaseBase caseBase(int cases, int codingsPerCase) {
    List<Source> sources = new ArrayList<>();
    int nSources = 1 + r.nextInt(6);
    for (int i = 0; i < nSources; i++) {
      sources.add(new Source("src-" + i + "." + r.nextInt(1000), maybe(pick("book", "article", "misc", "mastersthesis", "online")), maybe(text()),
          text(), maybe(Integer.toString(1950 + r.nextInt(70))), maybe(text()), maybe("https://example.org/" + r.nextInt(100) + "?a=1&b={2}"), maybe(text())));
    }
    List<String> keys = sources.stream().map(Source::key).toList();
    List<IntegrationCase> out = new ArrayList<>();
    for (int i = 0; i < cases; i++) out.add(oneCase("case-" + i + "-" + r.nextInt(10000), keys, codingsPerCase));
    return new CaseBase(cb, out, sources);
  }

  private IntegrationCase oneCase(String id, List<String> keys, int codingsPerCase) {
    List<Member> members = new ArrayList<>();
    Set<String> iso = new LinkedHashSet<>();
    int nm = r.nextInt(5);
    while (iso.size() < nm) iso.add("" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)));
    for (String c : iso) {
      List<Spell> spells = new ArrayList<>();
      LocalDate d = date();
      int ns = 1 + r.nextInt(3);
      for (int s = 0; s < ns; s++) {
        LocalDate to = (s == ns - 1 && r.nextBoolean()) ? null : d.plusDays(1 + r.nextInt(2000));
        spells.add(new Spell(d, to, r.nextInt(4) == 0 ? SpellStatus.SUSPENDED : SpellStatus.MEMBER, maybe(text()), sources(keys)));
        if (to == null) break;
        d = to.plusDays(r.nextInt(300));
      }
      members.add(new Member(c, maybe(text()), spells, maybe(text()), sources(keys)));
    }
    List<Institution> institutions = new ArrayList<>();
    for (int i = 0; i < r.nextInt(3); i++) {
      institutions.add(new Institution("inst-" + i, text(), r.nextBoolean() ? InstitutionNature.SUPRANATIONAL : InstitutionNature.INTERGOVERNMENTAL,
          maybe(pick("council", "court", "bank")), r.nextBoolean() ? date() : null, r.nextBoolean(), maybe(text()), sources(keys)));
    }
    List<Milestone> milestones = new ArrayList<>();
    List<Dimension> dims = cb.dimensions();
    for (int i = 0; i < r.nextInt(3); i++) {
      Dimension dim = dims.get(r.nextInt(dims.size()));
      String stage = dim.stages().isEmpty() || r.nextBoolean() ? null : dim.stages().get(r.nextInt(dim.stages().size())).id();
      milestones.add(new Milestone("ms-" + i, text(), r.nextBoolean() ? dim.id() : null, stage, date(), pick("achieved", "partial", "planned"), maybe(text()), sources(keys)));
    }
    List<Policy> policies = new ArrayList<>();
    for (int i = 0; i < r.nextInt(3); i++) {
      LocalDate since = date();
      policies.add(new Policy("pol-" + i, text(), r.nextBoolean() ? dims.get(r.nextInt(dims.size())).id() : null, since,
          r.nextBoolean() ? since.plusDays(1 + r.nextInt(1000)) : null, r.nextBoolean(), maybe(text()), sources(keys)));
    }
    List<Coding> codings = new ArrayList<>();
    String[] coders = {"thesis", "ana", "bo", "chen"};
    // codings per (lens, coder) in consecutive, non-overlapping periods
    int made = 0;
    outer:
    for (Lens lens : cb.lenses()) {
      for (String coder : coders) {
        LocalDate from = LocalDate.of(1990 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int n = Math.max(1, codingsPerCase / (cb.lenses().size() * coders.length) + (r.nextBoolean() ? 1 : 0));
        for (int k = 0; k < n; k++) {
          if (made >= codingsPerCase) break outer;
          LocalDate to = (k == n - 1 && r.nextBoolean()) ? null : from.plusDays(1 + r.nextInt(1500));
          codings.add(coding(lens, coder, from, to, keys));
          made++;
          if (to == null) break;
          from = to.plusDays(r.nextInt(30));
        }
      }
    }
    return new IntegrationCase(id, text(), maybe(text()), maybe(text()), r.nextBoolean() ? List.of(dims.get(r.nextInt(dims.size())).id()) : List.of(),
        new FoundingInstrument(text(), date(), maybe(text()), r.nextBoolean() ? date() : null, sources(keys)),
        members, institutions, milestones, policies, codings);
  }

  public Coding coding(Lens lens, String coder, LocalDate from, LocalDate to, List<String> keys) {
    Scale scale = cb.scales().get(r.nextInt(cb.scales().size()));
    List<CriterionCoding> criteria = new ArrayList<>();
    for (Criterion c : lens.criteria()) {
      if (r.nextInt(3) == 0) continue;
      double score = scale.continuous() ? Math.round(r.nextDouble() * 1000) / 1000.0 : scale.points().get(r.nextInt(scale.points().size())).value();
      if (scale.continuous() && r.nextInt(5) == 0) score = r.nextDouble();
      List<Evidence> evidence = new ArrayList<>();
      for (int e = 0; e < r.nextInt(3) && !keys.isEmpty(); e++) {
        List<Integer> objs = new ArrayList<>();
        if (!lens.objectives().isEmpty()) for (int o = 0; o < r.nextInt(3); o++) objs.add(lens.objectives().get(r.nextInt(lens.objectives().size())).number());
        evidence.add(new Evidence(keys.get(r.nextInt(keys.size())), text(), maybe(text()), objs));
      }
      criteria.add(new CriterionCoding(c.id(), score, maybe(text()), evidence));
    }
    return new Coding(lens.id(), coder, from, to, scale.id(), maybe(text()), criteria);
  }

  private List<String> sources(List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) if (r.nextInt(3) == 0) out.add(k);
    return out;
  }

  private LocalDate date() { return LocalDate.of(1950 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28)); }

  private String text() {
    int n = 1 + r.nextInt(4);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    if (r.nextInt(20) == 0) return "";
    return b.toString();
  }

  private String maybe(String s) { return r.nextBoolean() ? s : null; }

  private String pick(String... options) { return options[r.nextInt(options.length)]; }
}
