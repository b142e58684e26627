package io.integra.flows.data;

/** Bad input data: the message says where (file:line when known), what is wrong and what was expected. */
public class FlowDataException extends RuntimeException {
  public FlowDataException(String message) { super(message); }
}
