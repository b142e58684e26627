package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Coupling;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.core.vocabulary.Term;
import io.integra.web.data.Analysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every case through every lens at one date: the overview grid. */
public record Overview(LocalDate at, List<Lens> lenses, List<Row> rows) {

  /** One case: its members at the date and one cell per lens (in the codebook's lens order). */
  public record Row(IntegrationCase c, int members, List<Cell> cells) { }

  /** A case through a lens: the verdict label (null for lenses without a verdict rule), the coder read, the pluralistic/explaining outcome. */
  public record Cell(String lens, VerdictLabel verdict, Coupling coupling, String coder, boolean coded) {
    public String css() { return verdict == null ? "v-na" : "v-" + verdict.id(); }

    /**
     * The verdict as shown: the same label as the CLI, the report and the API — {@code undetermined}
     * when the evidence cannot decide (not coded, or coded too little), never a separate "not coded".
     */
    public String label() {
      if (verdict == null) return coded ? "—" : "not coded";
      return coupling == null ? verdict.id() : verdict.id() + " (" + coupling.id() + ")";
    }

    /** Whether the verdict is settled (not undetermined; VerdictRule.settled). */
    public boolean settled() { return io.integra.core.assess.VerdictRule.settled(verdict); }
  }

  public static Overview of(Analysis an, LocalDate at) {
    List<Lens> lenses = an.base().codebook().lenses();
    List<Row> rows = new ArrayList<>();
    for (IntegrationCase c : an.base().cases()) {
      List<Cell> cells = new ArrayList<>();
      for (Lens l : lenses) {
        Assessment a = an.assess(c.id(), l.id(), at, null);
        cells.add(new Cell(l.id(), a.verdict().label(), a.verdict().coupling(), a.coder(), a.coded()));
      }
      rows.add(new Row(c, c.membersAt(at).size(), cells));
    }
    return new Overview(at, lenses, rows);
  }

  /** {@code /api/overview}: the grid as JSON (openapi.json). */
  public record Json(String at, List<String> lenses, List<CaseJson> cases) { }

  public record CaseJson(@JsonProperty("case") String caseId, String name, String shortName, int members, List<CellJson> verdicts) { }

  public record CellJson(String lens, String verdict, String coupling, String coder, boolean coded, boolean settled) { }

  public Json json() {
    return new Json(at.toString(), lenses.stream().map(Lens::id).toList(),
        rows.stream().map(r -> new CaseJson(r.c().id(), r.c().name(), r.c().shortName(), r.members(),
            r.cells().stream().map(c -> new CellJson(c.lens(), Term.idOf(c.verdict()), Term.idOf(c.coupling()), c.coder(), c.coded(), c.settled())).toList())).toList());
  }
}
