package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code integra robustness timeline --format json}: the distribution on 30 June of each year. */
public record RobustnessTimelineView(@JsonProperty("case") String caseId, String lens, List<RobustnessView> points) { }
