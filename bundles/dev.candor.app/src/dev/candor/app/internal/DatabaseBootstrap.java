package dev.candor.app.internal;

import java.nio.file.Path;

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

    private final StoreProvider provider;
    private final Prompter prompter;

    public DatabaseBootstrap(StoreProvider provider, Prompter prompter) {
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
            return provider.open(configuration);
        } catch (StoreException e) {
            return recover(configuration, e);
        }
    }

    /**
     * After {@code failure} to open {@code configuration}: tells the user and
     * offers to retry, choose another folder or exit, until a database opens;
     * {@code null} if the user chose to exit.
     */
    public CandorStore recover(StoreConfiguration configuration, StoreException failure) {
        StoreConfiguration current = configuration;
        StoreException last = failure;
        while (true) {
            boolean canRetry = last instanceof DatabaseUnavailableException unavailable
                    && (unavailable.getReason() == DatabaseUnavailableException.Reason.LOCKED
                            || unavailable.getReason() == DatabaseUnavailableException.Reason.UNREACHABLE);
            switch (prompter.unavailable(Messages.Database_UnavailableTitle, last.getMessage(), canRetry)) {
            case RETRY:
                break;
            case CHOOSE_FOLDER:
                String folder = prompter.chooseFolder(Messages.Database_ChooseFolderTitle);
                if (folder != null) {
                    current = StoreConfiguration.embedded(Path.of(folder));
                }
                break;
            default:
                return null;
            }
            try {
                return provider.open(current);
            } catch (StoreException e) {
                last = e;
            }
        }
    }
}
