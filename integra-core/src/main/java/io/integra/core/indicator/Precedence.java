package io.integra.core.indicator;

/**
 * Which membership decides where a criterion is both coded and measured at a date. The coded one
 * decides by default: a coder's score rests on cited evidence read against the thesis's argument,
 * the measured one on one indicator of the condition (each recipe's note says what it leaves out).
 * Where only one exists, that one is used whatever the precedence.
 */
public enum Precedence {
  CODED, MEASURED;

  public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
