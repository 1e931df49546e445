package dev.candor.store;

import java.util.Date;

/**
 * A text a team shares through the database (a response-time policy, a published
 * layout), with a version for optimistic locking and who changed it last.
 *
 * @since 0.1
 */
public record SharedDocument(String name, int version, String content, Date updatedAt, String updatedBy) {
}
