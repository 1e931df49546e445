package dev.candor.services;

/**
 * Who is working at this Candor: the name the services record as the actor of every change
 * (audit trail, "changed by", reviewer). A service, so that sign-in can replace the default
 * (the operating-system account, or the system property {@code candor.user}) with the
 * authenticated database user without any caller changing.
 *
 * @since 0.1
 */
public interface Identity {

    /** The user's name; never blank. */
    String user();
}
