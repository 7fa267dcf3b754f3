package org.magnolianews.host.content;

import java.time.Instant;

/**
 * One deleted item waiting in the trash.
 *
 * @param id           the entry's name: the item's identifier (it keeps it while in the trash and after a restore)
 * @param workspace    where it was deleted from
 * @param originalPath where it was
 * @param title        its title (any language) or name, for the listing
 * @param deletedBy    who deleted it
 * @param deletedAt    when
 */
public record TrashEntry(String id, String workspace, String originalPath, String title, String deletedBy, Instant deletedAt) {

    /** When the sweep purges it, given how long the trash keeps items. */
    public Instant expiresAt(java.time.Duration retention) {
        return deletedAt.plus(retention);
    }
}
