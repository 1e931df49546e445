package dev.candor.commitments;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.candor.store.SharedDocument;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The response-time policies of all teams, kept as shared documents
 * {@code response-policy/<team>} so every client applies the same ones.
 *
 * @since 0.1
 */
public final class ResponsePolicies {

    static final String PREFIX = "response-policy/";

    /** A policy with the version it was stored with (0: not stored yet). */
    public record Stored(ResponsePolicy policy, int version) {
    }

    private final Map<String, Stored> byTeam;
    private final ZoneId fallbackZone;

    private ResponsePolicies(Map<String, Stored> byTeam, ZoneId fallbackZone) {
        this.byTeam = byTeam;
        this.fallbackZone = fallbackZone;
    }

    /**
     * Reads every team's policy. A stored policy that no longer parses (written by a newer
     * Candor, say) is reported in {@code problems} and replaced by the defaults.
     */
    public static ResponsePolicies load(StoreSession session, ZoneId fallbackZone, List<String> problems)
            throws StoreException {
        Map<String, Stored> byTeam = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (SharedDocument document : session.sharedDocuments().list(PREFIX)) {
            String team = document.name().substring(PREFIX.length());
            try {
                byTeam.put(team, new Stored(ResponsePolicy.parse(team, document.content()), document.version()));
            } catch (PolicyFormatException e) {
                problems.add(e.getMessage());
                byTeam.put(team, new Stored(ResponsePolicy.defaults(team, fallbackZone), document.version()));
            }
        }
        return new ResponsePolicies(byTeam, fallbackZone);
    }

    /** Only the defaults, for when no database is at hand. */
    public static ResponsePolicies defaults(ZoneId zone) {
        return new ResponsePolicies(new TreeMap<>(), zone);
    }

    /** The policy of the team {@code accountManager} is a member of; else the default team's. */
    public ResponsePolicy policyFor(String accountManager) {
        if (accountManager != null) {
            for (Stored stored : byTeam.values()) {
                if (stored.policy().members().contains(accountManager)) {
                    return stored.policy();
                }
            }
        }
        return defaultTeam().policy();
    }

    /** The default team's stored policy, or its defaults (version 0) while none is stored. */
    private Stored defaultTeam() {
        Stored stored = byTeam.get(ResponsePolicy.DEFAULT_TEAM);
        return stored != null ? stored : new Stored(ResponsePolicy.defaults(ResponsePolicy.DEFAULT_TEAM, fallbackZone), 0);
    }

    /** Every team's stored policy, the default team first even if not stored yet. */
    public List<Stored> all() {
        List<Stored> result = new ArrayList<>();
        result.add(defaultTeam());
        for (Stored stored : byTeam.values()) {
            if (!stored.policy().team().equalsIgnoreCase(ResponsePolicy.DEFAULT_TEAM)) {
                result.add(stored);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Stores a team's policy; {@code expectedVersion} is the version it was read with (0 for new).
     *
     * @throws StoreException if someone else changed it meanwhile, or the team name is unusable
     */
    public static Stored save(StoreSession session, ResponsePolicy policy, int expectedVersion, String by)
            throws StoreException {
        SharedDocument saved = session.sharedDocuments().save(PREFIX + policy.team(), policy.format(), expectedVersion,
                by);
        return new Stored(policy, saved.version());
    }
}
