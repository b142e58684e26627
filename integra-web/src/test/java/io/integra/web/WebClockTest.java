package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The web workbench reads "today" from the clock it was given ({@code Workbench.of(workspace, clock)}),
 * never from the machine: with a fixed clock every default date is the clock's day.
 */
class WebClockTest {
  static final LocalDate DAY = LocalDate.of(2016, 8, 15);
  static final Clock FIXED = Clock.fixed(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @Test
  void defaultDatesFollowTheWorkbenchClock() {
    try (TestServer ts = TestServer.start(FIXED)) {
      Http http = new Http(ts);
      assertThat(ts.server.workbench().today()).isEqualTo(DAY);
      // the fixture's codings are open-ended: the default date of assessment is today
      JsonNode a = Http.json(http.get("/api/assess?case=test-union&lens=deutsch-1957"));
      assertThat(a.get("at").asText()).isEqualTo(DAY.toString());
      // the member map runs to today: its last sample is the clock's day
      JsonNode map = Http.json(http.get("/api/member-map?case=test-union"));
      JsonNode years = map.get("years");
      assertThat(years.get(years.size() - 1).get("date").asText()).isEqualTo(DAY.toString());
      // the timeline runs to this year
      JsonNode t = Http.json(http.get("/api/timeline?case=test-union&lens=deutsch-1957"));
      JsonNode points = t.get("points");
      assertThat(points.get(points.size() - 1).get("at").asText()).startsWith("2016-");
      // a new account is created at the clock's instant
      assertThat(ts.users.list()).allSatisfy(u -> assertThat(u.created()).isEqualTo(FIXED.instant()));
    }
  }
}
