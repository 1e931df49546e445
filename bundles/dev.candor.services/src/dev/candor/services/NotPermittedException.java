package dev.candor.services;

import org.eclipse.osgi.util.NLS;

import dev.candor.services.internal.Messages;
import dev.candor.store.StoreException;

/**
 * A use case was refused by {@link Permissions}; nothing was read or written.
 *
 * @since 0.1
 */
public class NotPermittedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String operation;

    public NotPermittedException(String user, String operation) {
        super(Code.NOT_PERMITTED, NLS.bind(Messages.NotPermitted, user, operation), null, user, operation);
        this.operation = operation;
    }

    public String getOperation() {
        return operation;
    }
}
