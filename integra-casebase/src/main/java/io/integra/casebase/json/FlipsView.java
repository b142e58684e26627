package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonValue;
import io.integra.core.cases.Evidence;
import io.integra.core.robust.Change;
import io.integra.core.robust.Flip;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.Separation;
import java.util.List;

/** The smallest sets of admissible changes that flip a verdict (docs/robustness.md). */
public record FlipsView(String verdict, int searchedUpTo, boolean truncated, List<FlipView> sets) {

  public record FlipView(String verdict, int steps, List<ChangeView> changes) {
    public static FlipView of(Flip f) {
      return new FlipView(CoreLabels.verdict(f.label()), f.steps(), f.changes().stream().map(ChangeView::of).toList());
    }
  }

  /** One criterion moved: from and to as a number (a point) or {@code [low, high]}, with the coding's rationale and evidence. */
  public record ChangeView(String criterion, Span from, Span to, int steps, String rationale, List<Quote> evidence,
                           RobustMeasuredView measured) {
    static ChangeView of(Change c) {
      return new ChangeView(c.criterion(), new Span(c.fromLow(), c.fromHigh()), new Span(c.toLow(), c.toHigh()), c.steps(),
          c.rationale(), c.evidence().stream().map(Quote::of).toList(), RobustMeasuredView.of(c.measured()));
    }
  }

  public record Quote(String source, String locator, String quote) {
    static Quote of(Evidence e) { return new Quote(e.source(), e.locator(), e.quote()); }
  }

  /** A membership written as a number when it is a point, else as {@code [low, high]}. */
  public record Span(double low, double high) {
    @JsonValue public Object json() { return low == high ? (Object) low : List.of(low, high); }
  }

  /** From one case's verdict to another's: the criteria that differ and the sets of changes that reach it. */
  public record SeparationView(String from, String to, String verdictFrom, String verdictTo, List<String> differing, boolean reachable,
                               List<FlipView> sets) {
    public static SeparationView of(Separation s) {
      return new SeparationView(s.caseA(), s.caseB(), CoreLabels.verdict(s.labelA()), CoreLabels.verdict(s.labelB()), s.differing(),
          s.reachable(), s.sets().stream().map(FlipView::of).toList());
    }
  }

  public static FlipsView of(FlipSearch.Result r) {
    return new FlipsView(CoreLabels.verdict(r.label()), r.searchedUpTo(), r.truncated(), r.flips().stream().map(FlipView::of).toList());
  }
}
