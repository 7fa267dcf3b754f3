package org.magnolianews.host.author.apps;

import java.util.List;

/** One line of a content app's list. */
public record ItemRow(String path, String name, String identifier, String title, String date, List<String> subjects,
                      String status, String lastModified, String lastModifiedBy, List<String> languages) {
}
