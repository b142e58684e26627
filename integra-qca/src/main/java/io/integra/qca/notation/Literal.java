package io.integra.qca.notation;

import java.util.Set;

/**
 * One literal of a sum-of-products expression: a set name, optionally negated ({@code ~A}) and optionally
 * restricted to values ({@code A[1]}, {@code A{1,2}}). An empty value set means "the set itself".
 */
public record Literal(String name, boolean negated, Set<Integer> values) {
    public Literal {
        values = Set.copyOf(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (negated) sb.append('~');
        sb.append(name);
        if (!values.isEmpty()) {
            sb.append('[');
            sb.append(String.join(",", values.stream().sorted().map(String::valueOf).toList()));
            sb.append(']');
        }
        return sb.toString();
    }
}
