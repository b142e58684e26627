package io.integra.web.pages;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the precompiled JTE templates (src/main/jte); HTML output escapes every expression by default. */
public final class Templates {
  private final TemplateEngine engine;

  public Templates(TemplateEngine engine) { this.engine = engine; }

  public String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, params, out);
    return out.toString();
  }
}
