package org.magnolianews.host.content;

import java.util.Calendar;
import java.util.Map;

/** Where a new item of a content type goes when the caller does not name a folder. */
public interface FolderPolicy {

    /** The folder path for an item with these (already converted) values; "/" for the workspace root. */
    String folderFor(Map<String, Object> convertedValues);

    FolderPolicy ROOT = values -> "/";

    /**
     * Magnolia's advice for dated content: /YYYY/MM folders, so no folder grows without bound and
     * the tree reads like an archive.
     */
    static FolderPolicy byMonthOf(String dateProperty) {
        return values -> {
            if (!(values.get(dateProperty) instanceof Calendar date)) {
                return "/";
            }
            return String.format("/%04d/%02d", date.get(Calendar.YEAR), date.get(Calendar.MONTH) + 1);
        };
    }
}
