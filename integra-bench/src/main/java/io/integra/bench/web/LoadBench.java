package io.integra.bench.web;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.Workspaces;
import io.integra.web.auth.PasswordHasher;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Workbench;
import io.integra.web.server.WebConfig;
import io.integra.web.server.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load benchmark of the web workbench on loopback: the real server in-process over a
 * fresh SQLite workspace, requests sent at a constant rate whatever the server's answer times,
 * and each latency measured from the moment the request was due (not when it was sent), so a
 * stalled server cannot hide its stall: the correction for "coordinated omission" described by
 * Gil Tene (wrk2, HdrHistogram). Every request varies the date among {@code DATES} days, so the
 * run mixes first computations with reuse of the per-snapshot memo. Bounded: warm-up plus
 * {@code --seconds} per endpoint, then it stops by itself.
 *
 * <pre>java ... io.integra.web.bench.LoadBench [--rate 200] [--seconds 20] [--cases PATH]</pre>
 */
public final class LoadBench {
  static final int DATES = Integer.getInteger("integra.bench.dates", 2000);

  public static void main(String[] args) throws Exception {
    int rate = 200;
    int seconds = 20;
    Path cases = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rate": rate = Integer.parseInt(args[++i]); break;
        case "--seconds": seconds = Integer.parseInt(args[++i]); break;
        case "--cases": cases = Path.of(args[++i]); break;
        default: System.err.println("unknown argument " + args[i]); System.exit(2);
      }
    }
    if (rate < 1 || rate > 5000 || seconds < 1 || seconds > 300) { System.err.println("rate 1-5000, seconds 1-300"); System.exit(2); }
    Path dir = Files.createTempDirectory("integra-bench");
    Workspace ws = Workspaces.openEmpty(dir.resolve("ws.db").toString());
    CaseBase base = cases == null ? CaseBaseLoader.bundled() : CaseBaseLoader.load(List.of(cases), true);
    if (base.cases().isEmpty()) { System.err.println("no cases to benchmark; pass --cases PATH"); System.exit(2); }
    ws.importCaseBase(base, codebookText(), new ChangeNote("bench", "load benchmark"));
    UserStore users = new UserStore(dir.resolve("ws.db").toString(), new PasswordHasher());
    try (WebServer server = WebServer.start(WebConfig.defaults().withPort(0), Workbench.of(ws), users)) {
      IntegrationCase c = base.cases().stream().filter(k -> !k.codings().isEmpty()).findFirst().orElse(base.cases().get(0));
      String lens = c.codings().isEmpty() ? base.codebook().lensIds().get(0) : c.codings().get(0).lens();
      String root = "http://127.0.0.1:" + server.port();
      LocalDate start = c.foundedOn() == null ? LocalDate.of(2000, 1, 1) : c.foundedOn();
      System.out.printf(Locale.ROOT, "Integra web load benchmark: %d cases, case '%s', lens '%s', %d req/s for %d s per endpoint, dates drawn from %d days, %d cores%n",
          base.cases().size(), c.id(), lens, rate, seconds, DATES, Runtime.getRuntime().availableProcessors());
      run("case page", root + "/cases/" + c.id() + "?lens=" + lens + "&at=", start, rate, seconds);
      run("assess API", root + "/api/assess?case=" + c.id() + "&lens=" + lens + "&at=", start, rate, seconds);
    } finally {
      ws.close();
    }
  }

  static String codebookText() throws IOException {
    try (InputStream in = CaseBaseLoader.class.getResourceAsStream("/io/integra/casebase/data/codebook.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void run(String name, String urlPrefix, LocalDate start, int rate, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    HttpClient client = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
    // warm-up: JIT and the first computations, not measured
    phase(client, urlPrefix, start, rate, Math.min(5, seconds), null);
    long[] lat = new long[rate * seconds];
    Result r = phase(client, urlPrefix, start, rate, seconds, lat);
    long[] ok = Arrays.copyOf(lat, r.completed);
    Arrays.sort(ok);
    System.out.printf(Locale.ROOT, "%-10s  sent %d  ok %d  errors %d  achieved %.1f req/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  %s%n",
        name, r.sent, r.completed - r.errors, r.errors, r.completed / r.seconds, pct(ok, 50), pct(ok, 90), pct(ok, 99),
        ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6, pct(ok, 99) < 50 ? "(p99 under 50 ms: target met)" : "(p99 target of 50 ms missed)");
    pool.shutdownNow();
  }

  record Result(int sent, int completed, int errors, double seconds) { }

  static Result phase(HttpClient client, String urlPrefix, LocalDate start, int rate, int seconds, long[] lat) throws Exception {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    AtomicInteger done = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> inflight = new ArrayList<>();
    long t0 = System.nanoTime();
    java.util.Random rnd = new java.util.Random(42);
    for (int i = 0; i < total; i++) {
      long due = t0 + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      HttpRequest req = HttpRequest.newBuilder(URI.create(urlPrefix + start.plusDays(rnd.nextInt(DATES)))).timeout(Duration.ofSeconds(10)).build();
      inflight.add(client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((resp, ex) -> {
        long l = System.nanoTime() - due;
        int k = done.getAndIncrement();
        if (ex != null || resp.statusCode() != 200) errors.incrementAndGet();
        if (lat != null && k < lat.length) lat[k] = l;
        return null;
      }));
    }
    CompletableFuture.allOf(inflight.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    return new Result(total, done.get(), errors.get(), elapsed);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
