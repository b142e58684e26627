package io.integra.qca.fuzzy;

/**
 * Fuzzy-set operations on membership vectors (Zadeh): intersection = minimum, union = maximum,
 * negation = 1 - x. Same as R QCA's {@code fuzzyand}, {@code fuzzyor} and {@code 1 - x}.
 */
public final class FuzzySets {
    private FuzzySets() {}

    public static double[] and(double[]... sets) {
        double[] out = sets[0].clone();
        for (int s = 1; s < sets.length; s++) {
            for (int i = 0; i < out.length; i++) out[i] = Math.min(out[i], sets[s][i]);
        }
        return out;
    }

    public static double[] or(double[]... sets) {
        double[] out = sets[0].clone();
        for (int s = 1; s < sets.length; s++) {
            for (int i = 0; i < out.length; i++) out[i] = Math.max(out[i], sets[s][i]);
        }
        return out;
    }

    public static double[] not(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = 1 - x[i];
        return out;
    }
}
