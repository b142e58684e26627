package io.integra.storage.workspace;

import java.time.LocalDate;

/**
 * The child process of {@link KilledWriterTest}: codes one criterion over and over and prints
 * {@code committed N} after each commit returns, until it is killed.
 * Arguments: workspace target, case id, lens, criterion.
 */
public final class KillWriterMain {
  private KillWriterMain() { }

  public static void main(String[] args) {
    try (Workspace ws = Workspaces.open(args[0])) {
      CodingKey key = new CodingKey(args[1], args[2], "writer", LocalDate.of(2000, 1, 1));
      for (int i = 1; i < 1_000_000; i++) {
        ws.code(new CriterionEdit(key, "continuous", args[3], (i % 1000) / 1000.0, "write " + i, null, null), new ChangeNote("writer", "write " + i));
        System.out.println("committed " + i);
        System.out.flush();
      }
    }
  }
}
