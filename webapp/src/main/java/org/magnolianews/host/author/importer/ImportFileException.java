package org.magnolianews.host.author.importer;

/**
 * An import file that cannot be read as rows: a UI message key and its arguments (where and why, in plain
 * words), shown on the import page.
 */
final class ImportFileException extends Exception {

    private final String key;
    private final transient Object[] args;

    ImportFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
