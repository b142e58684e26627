package io.integra.storage.workspace;

/**
 * Who makes a change and why. Both are required: every change in a workspace is recorded in its
 * history with its author and reason.
 */
public record ChangeNote(String actor, String note) {
  public ChangeNote {
    if (actor == null || actor.isBlank()) throw new InvalidEditException("a change needs its author (who makes it)");
    if (note == null || note.isBlank()) throw new InvalidEditException("a change needs a note saying why it is made");
    actor = actor.strip();
    note = note.strip();
  }
}
