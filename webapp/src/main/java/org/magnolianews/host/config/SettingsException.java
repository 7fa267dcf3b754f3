package org.magnolianews.host.config;

/** A start-up option that cannot be used; printed to the operator as it is. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
