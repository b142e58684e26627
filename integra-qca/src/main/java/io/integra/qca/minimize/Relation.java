package io.integra.qca.minimize;

/**
 * The arrow R QCA prints between a solution and the outcome (print method of {@code minimize()}, QCA 3.25):
 * {@code <->} when the solution's coverage reaches {@code sol.cov} (default 1), i.e. the solution is also
 * necessary for the outcome, else {@code ->} (sufficiency only). The comparison is admisc's {@code agteb}
 * ("approximately greater than or equal": a tolerance of the square root of the machine epsilon).
 * Whether remainders were included plays no part: a conservative solution with coverage 1 prints {@code <->},
 * a parsimonious one below 1 prints {@code ->}.
 */
public final class Relation {
    /** R's default {@code sol.cov} of {@code minimize()}. */
    public static final double DEFAULT_SOL_COV = 1.0;

    /** admisc's tolerance, {@code .Machine$double.eps^0.5}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private Relation() {}

    /** {@code a >= b}, allowing R's floating-point tolerance. */
    public static boolean agteb(double a, double b) {
        return a > b || Math.abs(a - b) <= TOLERANCE;
    }

    /** {@code "<->"} when the coverage {@code covS} reaches {@code solCov}, else {@code "->"} (NaN: {@code "->"}). */
    public static String arrow(double covS, double solCov) {
        return !Double.isNaN(covS) && agteb(covS, solCov) ? "<->" : "->";
    }

    public static String arrow(double covS) {
        return arrow(covS, DEFAULT_SOL_COV);
    }
}
