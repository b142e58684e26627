package io.integra.web.pages;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the precompiled JTE templates (src/main/jte); HTML output escapes every expression by default. */
public final class Templates {
  private final TemplateEngine engine;

  public Templates(TemplateEngine engine) { this.engine = engine; }

  /** Renders a page: the model's template with the model as its one, typed parameter. */
  public String render(PageModel page) {
    StringOutput out = new StringOutput(8192);
    engine.render(page.template(), page, out);
    return out.toString();
  }
}
