package io.integra.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --at YYYY-MM-DD} with a clear message. */
public final class Dates implements ITypeConverter<LocalDate> {
  @Override public LocalDate convert(String value) {
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", value, 0);
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD");
    }
  }
}
