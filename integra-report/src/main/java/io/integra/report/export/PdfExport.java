package io.integra.report.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints the HTML report to PDF with headless Chromium ({@code --headless --print-to-pdf}), the
 * browser that draws the charts, so the PDF shows what the page shows. The page's print stylesheet
 * sets A4, removes the scroll boxes and scales the charts; {@code #print} in the URL unfolds every
 * folded section. Chromium reads only the local file: the report makes no request.
 */
public final class PdfExport {
  /** The PDF's name beside report.html. */
  public static final String FILE = "report.pdf";
  private static final long TIMEOUT_SECONDS = 180;

  private PdfExport() { }

  /** {@code chromium} on {@code pathEnv} (the PATH variable), if there is one. */
  public static Optional<Path> findChromium(String pathEnv) {
    if (pathEnv == null) return Optional.empty();
    for (String dir : pathEnv.split(File.pathSeparator)) {
      if (dir.isBlank()) continue;
      Path p = Path.of(dir, "chromium");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /**
   * Prints {@code html} to {@code pdf} (written to a temporary file beside it, then moved into
   * place: a failed print leaves no half-written PDF).
   *
   * @throws IOException when Chromium fails, times out or writes no PDF, with its last words
   */
  public static Path print(Path chromium, Path html, Path pdf) throws IOException {
    Path dir = pdf.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".report-", ".pdf.tmp");
    Path profile = Files.createTempDirectory("integra-chromium-pdf-");
    Path log = Files.createTempFile("integra-chromium-", ".log");
    try {
      List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--disable-dev-shm-usage",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=20000",
          "--user-data-dir=" + profile, "--print-to-pdf=" + tmp.toAbsolutePath()));
      // Chromium refuses to start its sandbox as root (containers, CI); the page is our own local file
      if ("root".equals(System.getProperty("user.name"))) cmd.add(1, "--no-sandbox");
      cmd.add(html.toAbsolutePath().toUri() + "#print");
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("Chromium did not finish printing within " + TIMEOUT_SECONDS + " s");
      }
      byte[] head = Files.size(tmp) >= 5 ? Files.readAllBytes(tmp) : new byte[0];
      if (p.exitValue() != 0 || head.length < 5 || !new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
        throw new IOException("Chromium wrote no PDF (exit status " + p.exitValue() + "): " + tail(log));
      }
      Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return pdf;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Chromium was printing");
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(log);
      deleteTree(profile);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).trim();
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary profile is harmless
    }
  }
}
