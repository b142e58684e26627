package io.integra.qca;

/** Bad input to a QCA computation (an unknown condition, a value outside its range, nothing to explain...). */
public class QcaException extends RuntimeException {
    public QcaException(String message) {
        super(message);
    }
}
