package org.magnolianews.news.publication;

import java.time.LocalDate;
import java.util.Optional;

/** One entry of a publication's releases: a country (ISO 3166-1 alpha-2), the editor's status, a date. */
public record Release(String country, String status, Optional<LocalDate> date) {
}
