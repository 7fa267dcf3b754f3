package org.magnolianews.host.delivery;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A value written once by the delivery's JSON writer ({@code Json.MAPPER.writeValueAsBytes}), as its UTF-8 bytes, for
 * a response to copy where the value goes ({@code RawValue}). The bytes are the writer's own, so a response is the
 * same to the byte as one that writes the value again: Jackson's UTF-8 writer escapes characters outside the Basic
 * Multilingual Plane and unpaired surrogates as {@code \\u} sequences, which encoding the text anew would not do (and
 * would refuse for an unpaired surrogate). Only the unquoted forms exist: it is raw JSON, never a string to quote.
 */
final class WrittenJson implements SerializableString {

    private final byte[] utf8;
    private volatile String text;

    WrittenJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    int byteLength() {
        return utf8.length;
    }

    @Override
    public String getValue() {
        String value = text;
        if (value == null) {
            value = new String(utf8, StandardCharsets.UTF_8); // the writer's bytes are valid UTF-8 (escapes are ASCII)
            text = value;
        }
        return value;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8; // Jackson's writers only copy from it, as from SerializedString's own array
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String value = getValue();
        if (offset + value.length() > buffer.length) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, offset);
        return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public char[] asQuotedChars() {
        throw notAString();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw notAString();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw notAString();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw notAString();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw notAString();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw notAString();
    }

    private static UnsupportedOperationException notAString() {
        return new UnsupportedOperationException("written JSON is copied as it is, never quoted as a string");
    }

    @Override
    public String toString() {
        return getValue();
    }
}
