package io.integra.flows.index;

import java.util.Arrays;
import java.util.List;

/**
 * The aggregates one engine hands to the index arithmetic for one group and one year: everything
 * the indices of docs/flows.md need, and nothing of the big table.
 *
 * <p>Notation of shared/spec/flows.md: {@code x_ij} is the flow from i to j (exports of i to j, or
 * migrants born in i living in j).
 *
 * @param year       the year
 * @param members    ISO3 codes of the group's members in that year, sorted
 * @param partners   ISO3 codes of every economy some member sends flows to, sorted
 * @param toPartner  {@code toPartner[m][p] = x_{members[m], partners[p]}}; NaN where the publisher
 *                   reports no value (not the same as a reported 0)
 * @param outflow    {@code X_i.}: each member's total flow to the world (0 when the member reports nothing)
 * @param inflow     {@code X_.j}: each member's total inflow from every reporting economy
 * @param world      {@code X_..}: the world total of the same flow
 */
public record GroupYear(int year, List<String> members, List<String> partners, double[][] toPartner,
                        double[] outflow, double[] inflow, double world) {
  public GroupYear {
    members = List.copyOf(members);
    partners = List.copyOf(partners);
    if (toPartner.length != members.size() || outflow.length != members.size() || inflow.length != members.size()) {
      throw new IllegalArgumentException("arrays must have one row per member");
    }
    for (double[] row : toPartner) {
      if (row.length != partners.size()) throw new IllegalArgumentException("one column per partner");
    }
  }

  public int size() { return members.size(); }

  /**
   * The member x member matrix {@code x_ij}; the diagonal and unreported pairs are NaN, which the
   * quasi-independence fit treats as structural zeros (Goodman 1963, flows.md §1.2).
   */
  public double[][] intra() {
    int n = members.size();
    double[][] m = new double[n][n];
    for (double[] row : m) Arrays.fill(row, Double.NaN);
    for (int j = 0; j < n; j++) {
      int p = partners.indexOf(members.get(j));
      if (p < 0) continue;
      for (int i = 0; i < n; i++) {
        if (i != j) m[i][j] = toPartner[i][p];
      }
    }
    return m;
  }

  /** {@code X_GG}: the sum of reported flows between distinct members. */
  public double intraTotal() {
    double s = 0;
    for (double[] row : intra()) for (double v : row) if (!Double.isNaN(v)) s += v;
    return s;
  }

  /** {@code X_G.}: the members' total outflow. */
  public double outflowTotal() { return Arrays.stream(outflow).sum(); }

  /** {@code X_.G}: the members' total inflow. */
  public double inflowTotal() { return Arrays.stream(inflow).sum(); }
}
