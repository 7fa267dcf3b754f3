package org.magnolianews.host.author.apps;

import java.util.List;

/**
 * One field of a generated form (an app's detail form or a component dialog), reduced to what the
 * author UI renders and parses. {@code referencedType} names the content type a reference points to.
 */
public record FieldSpec(String name, Kind kind, String label, String description, boolean i18n, boolean required,
                        boolean multiple, String referencedType, List<FieldSpec> fields, List<String> options) {

    public enum Kind { TEXT, TEXTAREA, RICH_TEXT, DATE, DATE_TIME, CHECKBOX, NUMBER, REFERENCE, ASSET, SELECT, COUNTRY, GROUP }
}
