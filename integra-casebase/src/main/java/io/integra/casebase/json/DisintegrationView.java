package io.integra.casebase.json;

import io.integra.core.assess.Disintegration;
import java.util.List;

/** Disintegrative conditions, their pressure and the membership events (with whether each changes the verdict). */
public record DisintegrationView(List<Condition> conditions, Double pressure, List<Event> events) {

  public record Condition(String id, Double membership, String rationale, List<EvidenceView> evidence) { }

  public record Event(String date, String iso3, String change, String before, String after, boolean changesVerdict) { }

  public static DisintegrationView of(Disintegration d) {
    return new DisintegrationView(
        d.conditions().stream().map(c -> new Condition(c.id(), c.membership().value(), c.rationale(), EvidenceView.of(c.evidence()))).toList(),
        d.pressure() == null ? null : d.pressure().membership().value(),
        d.events().stream().map(e -> new Event(e.date().toString(), e.iso3(), e.change().id(), CoreLabels.verdict(e.before()),
            CoreLabels.verdict(e.after()), e.changesVerdict())).toList());
  }
}
