package io.integra.cli.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a point in time: an ISO instant ({@code 2026-11-28T18:05:00Z}), a UTC date-time
 * ({@code 2026-11-28T18:05}) or a date ({@code 2026-11-28}, read as the end of that day UTC:
 * "as it stood on that day").
 */
public final class Timestamps implements ITypeConverter<Instant> {
  @Override public Instant convert(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
      if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) return java.time.OffsetDateTime.parse(value).toInstant();
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a time; expected 2026-11-28T18:05:00Z, 2026-11-28T18:05 (UTC) or 2026-11-28 (end of that day)");
    }
  }
}
