package dev.candor.app.internal;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/**
 * Opens the configured database before the workbench starts. Whatever goes
 * wrong (invalid location, locked, damaged or newer database) the user gets a
 * message that says so and a choice; nothing on disk is changed or deleted.
 */
public final class DatabaseBootstrap {

    private final Supplier<StoreProvider> provider;
    private final Prompter prompter;

    public DatabaseBootstrap(StoreProvider provider, Prompter prompter) {
        this(() -> provider, prompter);
    }

    /** With the provider asked for only when a database is opened (getting it loads Derby). */
    public DatabaseBootstrap(Supplier<StoreProvider> provider, Prompter prompter) {
        this.provider = provider;
        this.prompter = prompter;
    }

    /** The configuration for a location text; an invalid text is reported and the default used. */
    public StoreConfiguration configuration(String location, Path defaultLocation) {
        if (location == null || location.isBlank()) {
            return StoreConfiguration.embedded(defaultLocation);
        }
        try {
            return StoreConfiguration.parse(location);
        } catch (IllegalArgumentException e) {
            prompter.warn(Messages.Database_InvalidLocationTitle,
                    NLS.bind(Messages.Database_InvalidLocation, new Object[] { location, e.getMessage(), defaultLocation }));
            return StoreConfiguration.embedded(defaultLocation);
        }
    }

    /** Opens the database, asking the user on failure; {@code null} if the user chose to exit. */
    public CandorStore open(StoreConfiguration configuration) {
        try {
            return provider.get().open(configuration);
        } catch (StoreException e) {
            return recover(configuration, e);
        }
    }

    /**
     * After {@code failure} to open {@code configuration}: tells the user and
     * offers to retry, choose another folder or exit, until a database opens;
     * {@code null} if the user chose to exit. Opens in the calling thread: for
     * callers that may wait (Candor's window asks with {@link #next} and opens in
     * the background).
     */
    public CandorStore recover(StoreConfiguration configuration, StoreException failure) {
        StoreConfiguration current = configuration;
        StoreException last = failure;
        while (true) {
            current = next(current, last);
            if (current == null) {
                return null;
            }
            try {
                return provider.get().open(current);
            } catch (StoreException e) {
                last = e;
            }
        }
    }

    /**
     * After {@code failure} to open {@code configuration}: tells the user and asks what to do;
     * the database to try next (the same one to retry, or a folder the user chose), or
     * {@code null} if the user chose to exit. Only asks: opening is the caller's.
     */
    public StoreConfiguration next(StoreConfiguration configuration, StoreException failure) {
        boolean canRetry = failure instanceof DatabaseUnavailableException unavailable
                && (unavailable.getReason() == DatabaseUnavailableException.Reason.LOCKED
                        || unavailable.getReason() == DatabaseUnavailableException.Reason.UNREACHABLE);
        while (true) {
            switch (prompter.unavailable(Messages.Database_UnavailableTitle, failure.getMessage(), canRetry)) {
            case RETRY:
                return configuration;
            case CHOOSE_FOLDER:
                String folder = prompter.chooseFolder(Messages.Database_ChooseFolderTitle);
                if (folder != null) {
                    return StoreConfiguration.embedded(Path.of(folder));
                }
                break; // no folder chosen: ask again
            default:
                return null;
            }
        }
    }
}
