package dev.candor.services;

/**
 * The permission check every use case of the application services passes before it touches the
 * database: one hook, asked with the operation's name ({@code customer.create},
 * {@code template.publish}, ...), the same name its audit entry carries. Registered as a service;
 * the default one permits everything.
 *
 * @since 0.1
 */
public interface Permissions {

    /**
     * @param user      who asks ({@link Identity#user()})
     * @param operation what for, such as {@code customer.merge}
     * @throws NotPermittedException if {@code user} may not
     */
    void check(String user, String operation) throws NotPermittedException;
}
