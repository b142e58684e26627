package io.integra.storage.workspace;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical order of a case base, where order carries no meaning: cases and sources by id,
 * codings by lens, coder and period start, a coding's criteria in the order the lens lists them.
 * Lists whose order is the author's (members, spells, evidence) are kept as they are. A workspace
 * returns everything in this order, so export → import → export gives the same bytes.
 */
public final class Canonical {
  private Canonical() { }

  public static final Comparator<Coding> CODING_ORDER = Comparator.comparing(Coding::lens)
      .thenComparing(Coding::coder).thenComparing(Coding::from);

  public static CaseBase of(CaseBase cb) {
    List<IntegrationCase> cases = cb.cases().stream().map(c -> of(c, cb.codebook()))
        .sorted(Comparator.comparing(IntegrationCase::id)).toList();
    List<Source> sources = cb.bibliography().stream().sorted(Comparator.comparing(Source::key)).toList();
    return new CaseBase(cb.codebook(), cases, sources);
  }

  /**
   * The case's content in canonical order. The primary coder is a workspace setting, not part of
   * a case's content (case files do not carry it), so it is left out.
   */
  public static IntegrationCase of(IntegrationCase c, Codebook codebook) {
    List<Coding> codings = c.codings().stream().map(k -> of(k, codebook)).sorted(CODING_ORDER).toList();
    return withCodings(c, codings).withPrimaryCoder(null);
  }

  public static Coding of(Coding k, Codebook codebook) {
    Lens lens = codebook.lens(k.lens()).orElse(null);
    List<CriterionCoding> criteria = new ArrayList<>(k.criteria());
    criteria.sort(Comparator.comparingInt((CriterionCoding cc) -> position(lens, cc.criterion())).thenComparing(CriterionCoding::criterion));
    return new Coding(k.lens(), k.coder(), k.from(), k.to(), k.scale(), k.note(), criteria);
  }

  /** The index of a criterion in its lens (unknown criteria last). */
  public static int position(Lens lens, String criterion) {
    if (lens == null) return Integer.MAX_VALUE;
    for (int i = 0; i < lens.criteria().size(); i++) if (lens.criteria().get(i).id().equals(criterion)) return i;
    return Integer.MAX_VALUE;
  }

  public static IntegrationCase withCodings(IntegrationCase c, List<Coding> codings) {
    return new IntegrationCase(c.id(), c.name(), c.shortName(), c.summary(), c.focus(), c.founding(), c.members(),
        c.institutions(), c.milestones(), c.policies(), codings, c.primaryCoder());
  }
}
