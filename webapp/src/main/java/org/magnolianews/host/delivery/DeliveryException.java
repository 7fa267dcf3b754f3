package org.magnolianews.host.delivery;

/** A request the delivery endpoints refuse, with Magnolia's error code and a message naming the cause. */
public final class DeliveryException extends RuntimeException {

    private final int status;
    private final String code;

    public DeliveryException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static DeliveryException invalidQuery(String message) {
        return new DeliveryException(400, "invalidQuery", message);
    }

    public static DeliveryException invalidValue(String parameter, String message) {
        return new DeliveryException(400, "invalidValueFormat", parameter + ": " + message);
    }

    public static DeliveryException pathNotFound(String path) {
        return new DeliveryException(404, "pathNotFound", path);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
