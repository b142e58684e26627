package io.integra.casebase.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node was written, so that validation can
 * point at {@code file:line:column}. Jackson's tree model drops locations; this keeps them.
 */
public sealed interface Node {
  Location location();

  /** A human name of the node's kind, for messages. */
  String kind();

  record MapNode(Location location, Map<String, Entry> entries) implements Node {
    public MapNode { entries = new LinkedHashMap<>(entries); }
    public String kind() { return "a mapping"; }
    public Node get(String key) { Entry e = entries.get(key); return e == null ? null : e.value(); }
  }

  /** A mapping entry: the key's own location and its value. */
  record Entry(String key, Location keyLocation, Node value) { }

  record ListNode(Location location, List<Node> items) implements Node {
    public ListNode { items = List.copyOf(items); }
    public String kind() { return "a list"; }
  }

  /**
   * A scalar. {@code type} says how YAML resolved it: string, int, float, bool or null.
   */
  record Scalar(Location location, String text, String type) implements Node {
    public String kind() { return "null".equals(type) ? "an empty value" : "a " + ("string".equals(type) ? "text" : type.equals("int") || type.equals("float") ? "number" : type) + " ('" + text + "')"; }
    public boolean isNull() { return "null".equals(type); }
  }
}
