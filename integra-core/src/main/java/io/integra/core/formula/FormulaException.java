package io.integra.core.formula;

/** A formula that does not parse; {@link #column()} is 1-based within the formula text. */
public final class FormulaException extends RuntimeException {
  private final int column;

  public FormulaException(String message, int column) {
    super(message);
    this.column = column;
  }

  public int column() { return column; }
}
