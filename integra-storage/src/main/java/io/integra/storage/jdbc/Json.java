package io.integra.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.integra.casebase.json.CodingHead;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON a workspace stores for evidence lists and for coding snapshots in its history. Field
 * order is fixed so the text of equal codings is equal.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() { }

  static String evidence(List<Evidence> evidence) {
    return write(evidenceNode(evidence));
  }

  static List<Evidence> evidence(String json) {
    return evidence(read(json));
  }

  /** A coding snapshot for history, with its version: the coding's head, the version, then the criteria with their evidence. */
  static String coding(Coding k, long version) {
    ObjectNode o = MAPPER.valueToTree(CodingHead.of(k));
    o.put("version", version);
    o.set("criteria", MAPPER.valueToTree(k.criteria()));
    return write(o);
  }

  static Coding coding(String json) {
    JsonNode o = read(json);
    List<CriterionCoding> criteria = new ArrayList<>();
    for (JsonNode c : o.path("criteria")) {
      criteria.add(new CriterionCoding(text(c, "criterion"), c.path("score").asDouble(), text(c, "rationale"), evidence(c.path("evidence"))));
    }
    String to = text(o, "to");
    return new Coding(text(o, "lens"), text(o, "coder"), LocalDate.parse(text(o, "from")), to == null ? null : LocalDate.parse(to),
        text(o, "scale"), text(o, "note"), criteria);
  }

  private static JsonNode evidenceNode(List<Evidence> evidence) {
    return MAPPER.valueToTree(evidence);
  }

  private static List<Evidence> evidence(JsonNode a) {
    List<Evidence> out = new ArrayList<>();
    for (JsonNode n : a) {
      List<Integer> objs = new ArrayList<>();
      for (JsonNode i : n.path("objectives")) objs.add(i.asInt());
      out.add(new Evidence(text(n, "source"), text(n, "locator"), text(n, "quote"), objs));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String write(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON in the workspace: " + e.getOriginalMessage(), e);
    }
  }
}
