package io.integra.casebase.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a located {@link Node} tree with Jackson's streaming parser, recording the
 * location of every token. Malformed YAML and duplicate keys are reported as {@link Problem}s.
 */
public final class YamlTreeReader {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTreeReader() { }

  /** Parses {@code text}; returns null (with a problem recorded) when it is not well-formed YAML. */
  public static Node read(String file, String text, Problems problems) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(new Location(file, 1, 1), "the file is empty", "a YAML document");
        return null;
      }
      return node(file, p, problems);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML").trim();
      problems.add(new Location(file, l == null ? 1 : Math.max(1, l.getLineNr()), l == null ? 1 : Math.max(1, l.getColumnNr())),
          "malformed YAML: " + msg, "well-formed YAML (check indentation, colons and quotes)");
      return null;
    } catch (IOException e) {
      problems.add(new Location(file, 1, 1), "cannot read: " + e.getMessage(), "a readable file");
      return null;
    }
  }

  private static Location loc(String file, JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static Node node(String file, JsonParser p, Problems problems) throws IOException {
    JsonToken t = p.currentToken();
    Location at = loc(file, p);
    switch (t) {
      case START_OBJECT: {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Location keyAt = loc(file, p);
          p.nextToken();
          Node value = node(file, p, problems);
          if (entries.containsKey(key)) {
            problems.add(keyAt, "duplicate key '" + key + "' (first at line " + entries.get(key).keyLocation().line() + ")", "each key once per mapping");
          } else {
            entries.put(key, new Node.Entry(key, keyAt, value));
          }
        }
        return new Node.MapNode(at, entries);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(file, p, problems));
        return new Node.ListNode(at, items);
      }
      case VALUE_STRING: return new Node.Scalar(at, p.getText(), "string");
      case VALUE_NUMBER_INT: return new Node.Scalar(at, p.getText(), "int");
      case VALUE_NUMBER_FLOAT: return new Node.Scalar(at, p.getText(), "float");
      case VALUE_TRUE: case VALUE_FALSE: return new Node.Scalar(at, p.getText(), "bool");
      case VALUE_NULL: return new Node.Scalar(at, "", "null");
      default: return new Node.Scalar(at, p.getText(), "string");
    }
  }
}
