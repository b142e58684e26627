package io.integra.core.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A regional organisation as a case (thesis §2.3, §4.4.1): its facts (members, institutions,
 * milestones, policies) and the codings of its criteria through each lens.
 *
 * @param primaryCoder the coder whose codings decide when several coders coded the case (a
 *                     workspace's designated primary coder), or several, comma-separated in order
 *                     of precedence (coder names hold no comma); null: the first coding in file
 *                     order decides; a reconciled coding always comes first (see {@link DecidingCoding})
 */
public record IntegrationCase(String id, String name, String shortName, String summary, List<String> focus,
                              FoundingInstrument founding, List<Member> members, List<Institution> institutions,
                              List<Milestone> milestones, List<Policy> policies, List<Coding> codings, String primaryCoder) {
  /** A case without a designated primary coder (a case file read on its own). */
  public IntegrationCase(String id, String name, String shortName, String summary, List<String> focus,
                         FoundingInstrument founding, List<Member> members, List<Institution> institutions,
                         List<Milestone> milestones, List<Policy> policies, List<Coding> codings) {
    this(id, name, shortName, summary, focus, founding, members, institutions, milestones, policies, codings, null);
  }

  /** The primary coders in order of precedence (empty when none is named). */
  public List<String> primaryCoders() {
    if (primaryCoder == null || primaryCoder.isBlank()) return List.of();
    return java.util.Arrays.stream(primaryCoder.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  /** The same case with {@code coder} as its primary coder (null: none). */
  public IntegrationCase withPrimaryCoder(String coder) {
    return new IntegrationCase(id, name, shortName, summary, focus, founding, members, institutions, milestones, policies, codings, coder);
  }

  public IntegrationCase {
    focus = focus == null ? List.of() : List.copyOf(focus);
    members = List.copyOf(members);
    institutions = institutions == null ? List.of() : List.copyOf(institutions);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    policies = policies == null ? List.of() : List.copyOf(policies);
    codings = codings == null ? List.of() : List.copyOf(codings);
  }

  /** ISO 3166-1 alpha-3 codes of the full members at {@code date}, sorted. */
  public List<String> membersAt(LocalDate date) {
    return members.stream().filter(m -> m.memberAt(date)).map(Member::iso3).sorted().toList();
  }

  /** ISO3 codes of members whose rights are suspended at {@code date}, sorted. */
  public List<String> suspendedAt(LocalDate date) {
    return members.stream().filter(m -> m.suspendedAt(date)).map(Member::iso3).sorted().toList();
  }

  /** The day the organisation was founded: the founding instrument's signature. */
  public LocalDate foundedOn() { return founding == null ? null : founding.signed(); }

  /** Codings of {@code lens} that hold at {@code date}, in file order (one per coder). */
  public List<Coding> codingsAt(String lens, LocalDate date) {
    return codings.stream().filter(c -> c.lens().equals(lens) && c.covers(date)).toList();
  }

  /**
   * The coding of {@code lens} at {@code date} by {@code coder}, or, when {@code coder} is null,
   * the deciding coding ({@link DecidingCoding}: reconciled, else the primary coder's, else the
   * first in file order — never chosen by coder name).
   */
  public Optional<Coding> codingAt(String lens, LocalDate date, String coder) {
    if (coder == null) return DecidingCoding.at(this, lens, date);
    return codingsAt(lens, date).stream().filter(c -> coder.equals(c.coder())).findFirst();
  }

  /** Every date on which membership changes (a spell starts or ends), sorted. */
  public List<LocalDate> membershipEventDates() {
    return members.stream().flatMap(m -> m.spells().stream())
        .flatMap(s -> s.to() == null ? java.util.stream.Stream.of(s.from()) : java.util.stream.Stream.of(s.from(), s.to()))
        .distinct().sorted(Comparator.naturalOrder()).toList();
  }
}
