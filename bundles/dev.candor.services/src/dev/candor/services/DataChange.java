package dev.candor.services;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.event.Event;

import dev.candor.services.DataTopics.Kind;

/**
 * One change event of {@link DataTopics}, typed.
 *
 * @param entity      the entity segment ({@link DataTopics#CUSTOMER}, ...), or {@code null} for a reload
 * @param kind        how it changed, or {@code null} for a reload
 * @param ids         the changed records; empty when not known one by one
 * @param customerIds the customers they belong to; empty for team-wide records
 * @param actor       who changed it
 * @param remote      whether another Candor sharing the database made it
 * @param at          when it was committed, for a remote change; {@code null} for this Candor's
 * @since 0.1
 */
public record DataChange(String entity, Kind kind, long[] ids, long[] customerIds, String actor, boolean remote,
        java.time.Instant at) {

    public DataChange {
        ids = ids == null ? new long[0] : ids.clone();
        customerIds = customerIds == null ? new long[0] : customerIds.clone();
        actor = actor == null ? "" : actor; //$NON-NLS-1$
    }

    /** A change of this Candor. */
    public DataChange(String entity, Kind kind, long[] ids, long[] customerIds, String actor) {
        this(entity, kind, ids, customerIds, actor, false, null);
    }

    /** The same change, as another Candor committed it at {@code committed}. */
    public DataChange asRemote(java.time.Instant committed) {
        return new DataChange(entity, kind, ids, customerIds, actor, true, committed);
    }

    /** "Read everything again". */
    public static DataChange reload(String actor) {
        return new DataChange(null, null, null, null, actor);
    }

    public boolean isReload() {
        return entity == null;
    }

    /** Whether it is a change of {@code entity} (any kind), or a reload. */
    public boolean concerns(String someEntity) {
        return isReload() || Objects.equals(entity, someEntity);
    }

    /** Whether it may touch what {@code customerId} has: a reload, or a change naming no customer or that one. */
    public boolean concernsCustomer(long customerId) {
        if (isReload() || customerIds.length == 0) {
            return true;
        }
        return Arrays.stream(customerIds).anyMatch(id -> id == customerId);
    }

    /** Whether the record {@code id} is among the changed ones (or they are not known one by one). */
    public boolean concernsRecord(long id) {
        return isReload() || ids.length == 0 || Arrays.stream(ids).anyMatch(i -> i == id);
    }

    /** The topic this change is posted on. */
    public String topic() {
        return isReload() ? DataTopics.RELOAD : DataTopics.topic(entity, kind);
    }

    /** The event to post. */
    public Event toEvent() {
        Map<String, Object> properties = new HashMap<>();
        if (!isReload()) {
            properties.put(DataTopics.ENTITY, entity);
            properties.put(DataTopics.KIND, kind.name());
        }
        properties.put(DataTopics.IDS, ids.clone());
        properties.put(DataTopics.CUSTOMER_IDS, customerIds.clone());
        properties.put(DataTopics.ACTOR, actor);
        properties.put(DataTopics.REMOTE, remote);
        if (at != null) {
            properties.put(DataTopics.AT, at.toEpochMilli());
        }
        return new Event(topic(), properties);
    }

    /** The change an event of {@link DataTopics} carries; {@code null} for an event of another topic. */
    public static DataChange of(Event event) {
        String topic = event.getTopic();
        boolean remote = Boolean.TRUE.equals(event.getProperty(DataTopics.REMOTE));
        java.time.Instant at = event.getProperty(DataTopics.AT) instanceof Long millis
                ? java.time.Instant.ofEpochMilli(millis) : null;
        if (DataTopics.RELOAD.equals(topic)) {
            return new DataChange(null, null, null, null, (String) event.getProperty(DataTopics.ACTOR), remote, at);
        }
        if (!topic.startsWith(DataTopics.ROOT + "/")) { //$NON-NLS-1$
            return null;
        }
        String[] parts = topic.substring(DataTopics.ROOT.length() + 1).split("/"); //$NON-NLS-1$
        if (parts.length != 2) {
            return null;
        }
        Kind kind;
        try {
            kind = Kind.valueOf(parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new DataChange(parts[0], kind, longs(event.getProperty(DataTopics.IDS)),
                longs(event.getProperty(DataTopics.CUSTOMER_IDS)), (String) event.getProperty(DataTopics.ACTOR),
                remote, at);
    }

    private static long[] longs(Object value) {
        return value instanceof long[] array ? array : new long[0];
    }

    /** Equal changes: the same records changed the same way by the same actor, wherever and whenever committed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataChange c && Objects.equals(entity, c.entity) && kind == c.kind
                && Arrays.equals(ids, c.ids) && Arrays.equals(customerIds, c.customerIds) && actor.equals(c.actor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, kind, Arrays.hashCode(ids), Arrays.hashCode(customerIds), actor);
    }

    @Override
    public String toString() {
        return topic() + " ids=" + Arrays.toString(ids) + " customers=" + Arrays.toString(customerIds) //$NON-NLS-1$ //$NON-NLS-2$
                + " by " + actor + (remote ? " (remote, " + at + ")" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
