package org.magnolianews.host.author.security;

import org.magnolianews.host.security.User;

/** A logged-in author: who, and the CSRF token every state-changing request of this session must carry. */
public record AuthorSession(String id, User user, String csrfToken, long createdMillis) {
}
