package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The case reader reports the problems of a case's facts ({@code core/cases/CaseRules}) at the
 * place of each value, with the words it used before the rules moved to the core: the expected
 * lines are the output of {@code integra validate} on this file before the move (commit f33ca8e),
 * quirks included (a refused spell's sources are not checked; a member whose ISO code is refused
 * is named "null" in its spells' problems).
 */
class FactProblemsTest {
  private static final String FILE = String.join("\n",
      "id: manyfacts",
      "name: \"Many fact problems\"",
      "focus: [political, nodim, economic, other]",
      "founding: {name: \"Treaty\", signed: 2000-01-01, sources: [thesis, nokey1, nokey2]}",
      "members:",
      "  - iso3: AAA",
      "    sources: [nokey3]",
      "    spells:",
      "      - {from: 2000-01-01, to: 2005-01-01, sources: [nokey4]}",
      "      - {from: 2004-01-01, to: 2006-01-01}",
      "      - {from: 2003-01-01}",
      "      - {from: 2010-01-01, to: 2009-01-01, sources: [nokey5]}",
      "      - {from: 2012-01-01, status: gone, sources: [nokey6]}",
      "      - {from: 2013-01-01, to: 2012-01-01, status: gone}",
      "  - iso3: bbb",
      "    sources: [nokey7]",
      "    spells:",
      "      - {from: 2001-01-01, to: 2000-01-01}",
      "      - {from: 2002-01-01, sources: [nokey8]}",
      "  - iso3: AAA",
      "    spells: [{from: 2000-01-01}]",
      "  - iso3: CCC",
      "    spells: []",
      "  - iso3: DDD",
      "    spells: x",
      "  - iso3: EEE",
      "  - bogus: 1",
      "    iso3: AAA",
      "    spells: [{from: 1990-01-01, to: 1991-01-01}]",
      "institutions:",
      "  - {id: council, name: Council, nature: supranational, kind: councill, sources: [nokey9]}",
      "  - {id: council, name: Council 2, nature: weird, kind: court}",
      "  - {id: Bad Id, name: X, nature: intergovernmental, kind: zzz, sources: [nokey10]}",
      "  - {name: Nameless, nature: intergovernmental}",
      "  - bogus: 2",
      "    id: council",
      "    name: C3",
      "    nature: intergovernmental",
      "milestones:",
      "  - {id: m1, name: M1, dimension: nodim, stage: customs-union, date: 2001-01-01, sources: [nokey11]}",
      "  - {id: m1, name: M1b, dimension: political, stage: customs-union, date: 2001-01-01, status: maybe}",
      "  - {id: m2, name: M2, dimension: economic, stage: nostage, date: 2001-01-01}",
      "  - {id: m3, name: M3, stage: common-market, date: 2001-01-01, status: partial}",
      "  - {id: m4, name: M4, dimension: social, stage: free-trade-area}",
      "policies:",
      "  - {id: p1, name: P1, dimension: nodim, since: 2005-01-01, until: 2004-01-01, sources: [nokey12]}",
      "  - {id: p1, name: P1b, since: 2005-01-01, until: 2005-01-01}",
      "  - {name: P3, since: 2005-01-01, until: 2001-01-01}",
      "  - {id: p4, name: P4, dimension: economic, since: 2005-01-01}", "");

  @Test
  void everyProblemOfTheFactsAtItsPlaceInTheWordsOfBefore() {
    assertThat(ReaderProblems.of("facts.yaml", FILE)).containsExactly(
        "facts.yaml:3:8: unknown dimension 'nodim' in focus; expected one of political, economic, social",
        "facts.yaml:3:8: unknown dimension 'other' in focus; expected one of political, economic, social",
        "facts.yaml:4:57: source 'nokey1' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:4:57: source 'nokey2' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:7:14: source 'nokey3' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:9:53: source 'nokey4' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:10:9: spell 2004-01-01 – 2006-01-01 of AAA overlaps the spell from 2000-01-01; expected spells that do not overlap, in date order",
        "facts.yaml:11:9: spell 2003-01-01 – open of AAA overlaps the spell from 2000-01-01; expected spells that do not overlap, in date order",
        "facts.yaml:11:9: spell 2003-01-01 – open of AAA overlaps the spell from 2004-01-01; expected spells that do not overlap, in date order",
        "facts.yaml:12:32: spell of AAA ends (2009-01-01) before or on the day it starts (2010-01-01); expected 'to' after 'from' (to is the first day no longer in the spell)",
        "facts.yaml:13:36: unknown spell status 'gone'; expected member or suspended",
        "facts.yaml:14:32: spell of AAA ends (2012-01-01) before or on the day it starts (2013-01-01); expected 'to' after 'from' (to is the first day no longer in the spell)",
        "facts.yaml:14:52: unknown spell status 'gone'; expected member or suspended",
        "facts.yaml:15:11: 'bbb' is not an ISO 3166-1 alpha-3 code; expected three upper-case letters, e.g. BOL",
        "facts.yaml:18:32: spell of null ends (2000-01-01) before or on the day it starts (2001-01-01); expected 'to' after 'from' (to is the first day no longer in the spell)",
        "facts.yaml:19:37: source 'nokey8' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:20:5: duplicate member AAA (first at line 6); expected one entry per state, with several spells",
        "facts.yaml:23:13: member CCC has no spells; expected at least one spell {from, to, status}",
        "facts.yaml:25:13: 'spells' is a text ('x'); expected a list",
        "facts.yaml:25:13: member DDD has no spells; expected at least one spell {from, to, status}",
        "facts.yaml:26:5: missing 'spells' in a member; expected a list",
        "facts.yaml:27:5: unknown key 'bogus' in a member; expected one of iso3, name, note, sources, spells",
        "facts.yaml:27:5: duplicate member AAA (first at line 6); expected one entry per state, with several spells",
        "facts.yaml:31:63: unknown institution kind 'councill'; expected one of council, summit, secretariat, parliament, court, bank, civil-society, commission, other",
        "facts.yaml:31:82: source 'nokey9' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:32:5: duplicate institution id 'council'; expected each id once",
        "facts.yaml:32:44: unknown nature 'weird'; expected supranational or intergovernmental",
        "facts.yaml:33:10: 'Bad Id' is not a valid id; expected lower-case letters, digits, '_', '-' or '.'",
        "facts.yaml:33:60: unknown institution kind 'zzz'; expected one of council, summit, secretariat, parliament, court, bank, civil-society, commission, other",
        "facts.yaml:33:74: source 'nokey10' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:34:5: missing 'id' in an institution; expected a value for 'id'",
        "facts.yaml:35:5: unknown key 'bogus' in an institution; expected one of common_government, established, id, kind, name, nature, note, sources",
        "facts.yaml:35:5: duplicate institution id 'council'; expected each id once",
        "facts.yaml:40:35: unknown dimension 'nodim'; expected a dimension of the codebook",
        "facts.yaml:40:91: source 'nokey11' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:41:5: duplicate milestone id 'm1'; expected each id once",
        "facts.yaml:41:54: stage 'customs-union' is not a stage of dimension 'political'; expected no stage on a political milestone",
        "facts.yaml:41:95: unknown milestone status 'maybe'; expected achieved, partial or planned",
        "facts.yaml:42:52: unknown stage 'nostage'; expected one of free-trade-area, customs-union, common-market, economic-monetary-union",
        "facts.yaml:44:5: missing 'date' in a milestone; expected a value for 'date'",
        "facts.yaml:44:50: stage 'free-trade-area' is not a stage of dimension 'social'; expected no stage on a social milestone",
        "facts.yaml:46:35: unknown dimension 'nodim'; expected a dimension of the codebook",
        "facts.yaml:46:68: policy 'p1' ends before it starts; expected 'until' after 'since'",
        "facts.yaml:46:89: source 'nokey12' is not in the bibliography; expected a key defined in bibliography.yaml",
        "facts.yaml:47:5: duplicate policy id 'p1'; expected each id once",
        "facts.yaml:47:51: policy 'p1' ends before it starts; expected 'until' after 'since'",
        "facts.yaml:48:5: missing 'id' in a policy; expected a value for 'id'",
        "facts.yaml:48:42: policy 'null' ends before it starts; expected 'until' after 'since'");
  }

  @Test
  void aCaseWithoutFoundingAndAnEmptySpell() {
    String file = String.join("\n", "id: nofounding", "name: X", "members:", "  - iso3: AAA",
        "    spells: [{from: 2000-01-01, to: 2000-01-01}]", "");
    assertThat(ReaderProblems.of("f.yaml", file)).containsExactly(
        "f.yaml:1:1: missing 'founding' in a case; expected the founding instrument with its name and signature date",
        "f.yaml:5:37: spell of AAA ends (2000-01-01) before or on the day it starts (2000-01-01); expected 'to' after 'from' (to is the first day no longer in the spell)");
  }
}
