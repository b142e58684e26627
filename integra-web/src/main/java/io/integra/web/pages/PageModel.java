package io.integra.web.pages;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.web.api.Overview;
import io.integra.web.data.Agreement;
import java.util.List;

/**
 * The typed parameter of each page template (src/main/jte): one record per page, holding the
 * page frame and what the page shows. A template declares {@code @param PageModel.X model} and
 * names its parts; the routes build the record, so a missing or mistyped value is a compile error,
 * not a template failure at run time.
 */
public sealed interface PageModel {
  /** The template file that renders this model. */
  String template();

  Page page();

  record OverviewPage(Page page, Overview ov) implements PageModel {
    @Override public String template() { return "overview.jte"; }
  }

  record CodebookPage(Page page, Codebook codebook) implements PageModel {
    @Override public String template() { return "codebook.jte"; }
  }

  record CasePage(Page page, CaseView v) implements PageModel {
    @Override public String template() { return "case.jte"; }
  }

  record ComparePage(Page page, CompareView v) implements PageModel {
    @Override public String template() { return "compare.jte"; }
  }

  /** The agreement page: the case and lens pickers, and the agreement of the chosen case (null before one is chosen). */
  record AgreementPage(Page page, List<IntegrationCase> cases, List<Lens> lenses, String caseId, String lensId, Agreement ag) implements PageModel {
    @Override public String template() { return "agreement.jte"; }
  }

  record EditorPage(Page page, EditorView v) implements PageModel {
    @Override public String template() { return "editor.jte"; }
  }

  record CodingFormPage(Page page, CodingFormView v) implements PageModel {
    @Override public String template() { return "codingform.jte"; }
  }

  record ErrorPage(Page page, int status, String message, String field) implements PageModel {
    @Override public String template() { return "error.jte"; }
  }

  record LoginPage(Page page, String error, String username, String next) implements PageModel {
    @Override public String template() { return "login.jte"; }
  }
}
