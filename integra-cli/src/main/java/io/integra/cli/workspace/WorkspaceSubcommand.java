package io.integra.cli.workspace;

import picocli.CommandLine.Mixin;

/**
 * A command that works on the workspace and prints data: it gets {@code --workspace} and
 * {@code --format} with the output through {@link WorkspaceIo} (picocli reads the inherited field).
 */
abstract class WorkspaceSubcommand implements Runnable {
  @Mixin WorkspaceIo ws;
}
