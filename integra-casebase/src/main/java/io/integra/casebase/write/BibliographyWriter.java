package io.integra.casebase.write;

import io.integra.core.cases.Source;
import java.util.List;

/** Writes a bibliography file ({@code sources:} list) that {@link io.integra.casebase.BibliographyReader} reads back to equal records. */
public final class BibliographyWriter {
  private BibliographyWriter() { }

  public static String write(List<Source> sources) {
    YamlOut y = new YamlOut();
    if (sources.isEmpty()) return y.raw(0, "sources: []").toString();
    y.key(0, "sources");
    for (Source s : sources) {
      y.item(2, "key", s.key()).str(4, "type", s.type()).str(4, "author", s.author()).str(4, "title", s.title())
          .str(4, "year", s.year()).str(4, "publisher", s.publisher()).str(4, "url", s.url()).str(4, "note", s.note());
    }
    return y.toString();
  }
}
