package dev.candor.services.internal;

import dev.candor.services.Identity;

/**
 * The default {@link Identity}: the operating-system account, unless the system property
 * {@code candor.user} names someone else (a shared kiosk account, a test).
 */
public final class SystemIdentity implements Identity {

    @Override
    public String user() {
        String user = System.getProperty("candor.user"); //$NON-NLS-1$
        return user != null && !user.isBlank() ? user.strip() : System.getProperty("user.name", "unknown"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
