package org.magnolianews.host.delivery;

import java.util.Set;

/**
 * A response body and what it depends on: the identifiers of every node in it (and of references
 * that resolved as absent), and for lists, the workspace whose publications can change them.
 *
 * @param readPath for a read or a children list, the absolute path read: publishing below it changes the response
 */
public record Rendered(byte[] body, Set<String> identifiers, String workspace, boolean list, String readPath) {
}
