package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.qca.data.QcaData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Access to the R QCA reference outputs in shared/reference/qca (manifest, vectors, data sets). */
final class Reference {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path root() {
        String shared = System.getProperty("integra.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        if (!Files.isDirectory(base.resolve("reference/qca"))) base = Path.of("..", "..", "shared");
        Path root = base.resolve("reference/qca").toAbsolutePath().normalize();
        // ../shared is not part of the repository: without it these tests are skipped, saying why
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(root.resolve("manifest.json")),
                () -> "skipped: test data missing: " + root.resolve("manifest.json") + " (the R QCA reference outputs of ../shared)");
        return root;
    }

    static List<JsonNode> entries() {
        try {
            JsonNode m = JSON.readTree(root().resolve("manifest.json").toFile());
            List<JsonNode> out = new ArrayList<>();
            m.get("entries").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode vector(JsonNode entry) {
        try {
            return JSON.readTree(root().resolve(entry.get("output_file").asText()).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a reference CSV: first column "case" = case names, the rest numeric. */
    static QcaData dataset(String name) {
        return csv(root().resolve("datasets/" + name + ".csv"));
    }

    static QcaData csv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = split(lines.get(0));
            List<String> cases = new ArrayList<>();
            List<double[]> cols = new ArrayList<>();
            boolean hasCase = header.get(0).equals("case");
            int first = hasCase ? 1 : 0;
            List<String> names = header.subList(first, header.size());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) if (!lines.get(i).isBlank()) rows.add(split(lines.get(i)));
            for (int c = first; c < header.size(); c++) {
                double[] v = new double[rows.size()];
                for (int r = 0; r < rows.size(); r++) v[r] = Double.parseDouble(rows.get(r).get(c));
                cols.add(v);
            }
            for (int r = 0; r < rows.size(); r++) cases.add(hasCase ? rows.get(r).get(0) : String.valueOf(r + 1));
            return new QcaData(cases, names, cols);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') q = !q;
            else if (ch == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }

    static double[] doubles(JsonNode arr) {
        double[] d = new double[arr.size()];
        for (int i = 0; i < d.length; i++) d[i] = arr.get(i).isNull() ? Double.NaN : arr.get(i).asDouble();
        return d;
    }
}
