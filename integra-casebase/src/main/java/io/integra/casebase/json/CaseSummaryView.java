package io.integra.casebase.json;

import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.util.List;

/** A case summary line for listings: founding date, focus, members at the date, lenses coded. */
public record CaseSummaryView(String id, String name, String shortName, String founded, List<String> focus, int members,
                              List<String> lenses) {
  public static CaseSummaryView of(IntegrationCase c, LocalDate at) {
    return new CaseSummaryView(c.id(), c.name(), c.shortName(), Dates.str(c.foundedOn()), c.focus(), c.membersAt(at).size(),
        c.codings().stream().map(Coding::lens).distinct().toList());
  }
}
