package io.integra.core.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A term of a closed vocabulary of the case files, the codebook and the JSON outputs (a verdict,
 * a coupling, a lens kind, an institution's nature), implemented by enums. Its spelling,
 * {@link #id()}, is the constant's name in lower case with {@code -} for {@code _}
 * ({@code NOT_EXPLAINED} is {@code not-explained}): the enum and the documented spelling cannot
 * drift apart. Views write {@code id()}, never {@code name()}.
 */
public interface Term {
  /** The enum constant's name (implemented by every enum). */
  String name();

  /** The spelling in files, JSON and text. */
  default String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

  /** The term of {@code type} spelled {@code id}, if any (readers report an unknown one at its file:line:column). */
  static <E extends Enum<E> & Term> Optional<E> byId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  /** The term of {@code type} spelled {@code id}; null for null (not given); an unknown spelling is an error. */
  static <E extends Enum<E> & Term> E of(Class<E> type, String id) {
    if (id == null) return null;
    return byId(type, id).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + id + "'; expected one of " + String.join(", ", ids(type))));
  }

  /** Every spelling of {@code type}, in declaration order. */
  static <E extends Enum<E> & Term> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Term::id).toList();
  }

  /** The spelling of a term that may be null (no verdict rule, undetermined coupling, ...): its id, or null. */
  static String idOf(Term t) { return t == null ? null : t.id(); }
}
