package dev.candor.layouts;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import dev.candor.layouts.internal.Messages;
import dev.candor.nls.Plurals;

/**
 * Who has which role, and which capabilities (workbench activities) each role does not
 * see. Shared by the team through the database.
 *
 * @param roles   person (as {@code CandorUi.currentUser()} names them) to role
 * @param hidden  role to the ids of the activities hidden from it
 * @param version the shared document's version it was read with (0 when never stored)
 * @since 0.1
 */
public record TeamPolicy(Map<String, Role> roles, Map<Role, Set<String>> hidden, int version) {

    /** The longest person's name accepted. */
    public static final int MAX_USER = 128;

    public TeamPolicy {
        roles = Collections.unmodifiableMap(new TreeMap<>(roles));
        EnumMap<Role, Set<String>> copy = new EnumMap<>(Role.class);
        hidden.forEach((role, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(role, Collections.unmodifiableSet(new TreeSet<>(ids)));
            }
        });
        hidden = Collections.unmodifiableMap(copy);
    }

    public static TeamPolicy none() {
        return new TeamPolicy(Map.of(), Map.of(), 0);
    }

    /** The person's role; {@code fallback} for someone nobody assigned one. */
    public Role roleOf(String user, Role fallback) {
        Role role = roles.get(user);
        return role == null ? fallback : role;
    }

    /**
     * Whether the person may publish layouts and change roles: an assigned administrator,
     * or anybody while the team has no administrator yet (a new database).
     */
    public boolean mayAdminister(String user) {
        return !roles.containsValue(Role.ADMINISTRATOR) || roles.get(user) == Role.ADMINISTRATOR;
    }

    public Set<String> hiddenFrom(Role role) {
        return hidden.getOrDefault(role, Set.of());
    }

    public TeamPolicy withRoles(Map<String, Role> newRoles) {
        return new TeamPolicy(newRoles, hidden, version);
    }

    public TeamPolicy withHidden(Role role, Set<String> activityIds) {
        Map<Role, Set<String>> copy = new EnumMap<>(Role.class);
        copy.putAll(hidden);
        copy.put(role, activityIds);
        return new TeamPolicy(roles, copy, version);
    }

    /** The assignments as the lines a person edits: {@code name = role}. */
    public String formatRoles() {
        StringBuilder text = new StringBuilder();
        roles.forEach((user, role) -> text.append(user).append(" = ").append(role.key()).append('\n')); //$NON-NLS-1$
        return text.toString();
    }

    /**
     * Reads lines of {@code name = role}; empty lines and lines starting with # are skipped.
     *
     * @throws PolicyFormatException naming every wrong line
     */
    public static Map<String, Role> parseRoles(String text) throws PolicyFormatException {
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, Integer> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(NLS.bind(Messages.Policy_NoEquals, number, line));
                continue;
            }
            String user = line.substring(0, equals).strip();
            String roleName = line.substring(equals + 1).strip();
            if (user.isEmpty()) {
                problems.add(NLS.bind(Messages.Policy_NoUser, number));
                continue;
            }
            if (user.length() > MAX_USER) {
                problems.add(Plurals.format(Messages.Policy_UserTooLong, number, MAX_USER));
                continue;
            }
            Role role = Role.ofKey(roleName).orElse(null);
            if (role == null) {
                problems.add(NLS.bind(Messages.Policy_UnknownRole, new Object[] { number, roleName, keys() }));
                continue;
            }
            Integer earlier = seen.putIfAbsent(user, number);
            if (earlier != null) {
                problems.add(NLS.bind(Messages.Policy_Duplicate, new Object[] { number, user, earlier }));
                continue;
            }
            roles.put(user, role);
        }
        if (!problems.isEmpty()) {
            throw new PolicyFormatException(problems);
        }
        return roles;
    }

    private static String keys() {
        List<String> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            keys.add(role.key());
        }
        return String.join(", ", keys); //$NON-NLS-1$
    }

    /**
     * Refuses a policy that would leave the team without an administrator, or that takes
     * the right to administer from the person saving it.
     */
    public void checkSavableBy(String user) throws PolicyFormatException {
        if (roles.isEmpty()) {
            return;
        }
        if (!roles.containsValue(Role.ADMINISTRATOR)) {
            throw new PolicyFormatException(List.of(Messages.Policy_NoAdministrator));
        }
        if (roles.get(user) != Role.ADMINISTRATOR) {
            throw new PolicyFormatException(List.of(NLS.bind(Messages.Policy_WouldLockOut, user)));
        }
    }

    /** The stored text (a properties file). */
    public String format() {
        Properties properties = new Properties();
        roles.forEach((user, role) -> properties.setProperty(ROLE + user, role.key()));
        hidden.forEach((role, ids) -> properties.setProperty(HIDDEN + role.key(), String.join(",", ids))); //$NON-NLS-1$
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Reads the stored text; entries of roles this version does not know are left out. */
    public static TeamPolicy parse(String text, int version) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new TeamPolicy(Map.of(), Map.of(), version);
        }
        Map<String, Role> roles = new TreeMap<>();
        Map<Role, Set<String>> hidden = new EnumMap<>(Role.class);
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (key.startsWith(ROLE)) {
                Role.ofKey(value).ifPresent(role -> roles.put(key.substring(ROLE.length()), role));
            } else if (key.startsWith(HIDDEN)) {
                Role.ofKey(key.substring(HIDDEN.length())).ifPresent(role -> {
                    Set<String> ids = new TreeSet<>();
                    for (String id : value.split(",")) { //$NON-NLS-1$
                        if (!id.isBlank()) {
                            ids.add(id.strip());
                        }
                    }
                    hidden.put(role, ids);
                });
            }
        }
        return new TeamPolicy(roles, hidden, version);
    }

    private static final String ROLE = "role."; //$NON-NLS-1$
    private static final String HIDDEN = "hidden."; //$NON-NLS-1$

    /** Wrong lines in edited assignments, each named. */
    public static final class PolicyFormatException extends Exception {

        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public PolicyFormatException(List<String> problems) {
            super(String.join("\n", problems)); //$NON-NLS-1$
            this.problems = List.copyOf(problems);
        }

        public List<String> getProblems() {
            return problems;
        }
    }

    @Override
    public String toString() {
        return "TeamPolicy" + roles + hidden + "@" + version; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
