package io.integra.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that can sit inside an HTML {@code <script>} element. The HTML parser ends a script at the
 * first {@code </script}, and {@code <!--} changes its state (HTML Living Standard §4.12.1.3,
 * "Restrictions for contents of script elements"), so {@code <}, {@code >} and {@code &} are
 * written as JSON unicode escapes; U+2028 and U+2029 too, for old JavaScript parsers. The JSON
 * value is unchanged: {@code JSON.parse} reads the escapes back.
 */
public final class ScriptSafeJson {
  private static final ObjectMapper MAPPER = io.integra.report.model.CoverageJson.configure(new ObjectMapper());

  static {
    MAPPER.getFactory().setCharacterEscapes(new Escapes());
  }

  private ScriptSafeJson() { }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report data", e);
    }
  }

  private static final class Escapes extends CharacterEscapes {
    private final int[] table;

    Escapes() {
      table = CharacterEscapes.standardAsciiEscapesForJSON();
      table['<'] = CharacterEscapes.ESCAPE_STANDARD;
      table['>'] = CharacterEscapes.ESCAPE_STANDARD;
      table['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override public int[] getEscapeCodesForAscii() { return table; }

    @Override public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) return new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
      if (ch == 0x2029) return new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
      return null;
    }
  }
}
