package dev.candor.layouts;

import java.util.Optional;

/**
 * What a person does in the team; decides which perspective is theirs, which views
 * their team may not see, and whether they may change the team's layouts and roles.
 *
 * @since 0.1
 */
public enum Role {
    ACCOUNT_MANAGER("accountManager"), //$NON-NLS-1$
    QUALITY_LEAD("qualityLead"), //$NON-NLS-1$
    ADMINISTRATOR("administrator"); //$NON-NLS-1$

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The name stored in the database and used in {@code plugin_customization.ini}. */
    public String key() {
        return key;
    }

    public static Optional<Role> ofKey(String key) {
        for (Role role : values()) {
            if (role.key.equalsIgnoreCase(key == null ? "" : key.strip())) { //$NON-NLS-1$
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
