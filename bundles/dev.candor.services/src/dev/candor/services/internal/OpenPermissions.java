package dev.candor.services.internal;

import dev.candor.services.Permissions;

/** The default {@link Permissions}: everyone may do everything (one person's Candor). */
public final class OpenPermissions implements Permissions {

    @Override
    public void check(String user, String operation) {
        // permitted
    }
}
