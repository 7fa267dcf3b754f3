package org.magnolianews.host.author.apps;

import java.util.Optional;

/**
 * What a list view asks for. {@code status} is published (live, including modified) or unpublished;
 * {@code missingLanguage} keeps items whose title lacks that language.
 */
public record ListRequest(String folder, Optional<String> search, Optional<String> subject, Optional<String> status,
                          Optional<String> missingLanguage, String sort, boolean descending, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;
}
