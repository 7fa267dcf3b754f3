package org.magnolianews.host.module;

/** A module that cannot be loaded: the message names the file and the problem, for the operator. */
public class ModuleException extends RuntimeException {
    public ModuleException(String message) {
        super(message);
    }
}
