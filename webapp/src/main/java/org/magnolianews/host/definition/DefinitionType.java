package org.magnolianews.host.definition;

import java.util.Optional;

/** The kinds of definitions a module holds, by the folder Magnolia reads them from. */
public enum DefinitionType {
    CONTENT_TYPE("contentTypes"),
    APP("apps"),
    TEMPLATE("templates"),
    DIALOG("dialogs"),
    REST_ENDPOINT("restEndpoints"),
    THEME("themes"),
    VIRTUAL_URI_MAPPING("virtualUriMappings"),
    /** Magnolia DX Core's webhooks module: {@code webhooks/<name>.yaml}, see {@link WebhookDefinition}. */
    WEBHOOK("webhooks");

    private final String folder;

    DefinitionType(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static Optional<DefinitionType> ofFolder(String folder) {
        for (DefinitionType type : values()) {
            if (type.folder.equals(folder)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
