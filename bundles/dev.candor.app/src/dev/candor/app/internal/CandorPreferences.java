package dev.candor.app.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;

/** The application's preference keys and their lookup. */
public final class CandorPreferences {

    public static final String NODE = "dev.candor.app"; //$NON-NLS-1$
    /** A folder, or //host:port/name; empty means {@link #defaultLocation()}. */
    public static final String DATABASE_LOCATION = "database.location"; //$NON-NLS-1$
    public static final String DEMO_SEED = "demo.seed"; //$NON-NLS-1$
    /** Databases already seeded once, one location per line, so deleting every customer never re-seeds. */
    public static final String DEMO_SEEDED = "demo.seeded"; //$NON-NLS-1$
    /** Overrides the preference for one run (tests, benchmarks, scripts). */
    public static final String DATABASE_PROPERTY = "candor.database"; //$NON-NLS-1$

    private CandorPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The database in the user's data folder: {@code <instance location>/candor-db}. */
    public static Path defaultLocation() {
        Location instance = Platform.getInstanceLocation();
        Path base = instance != null && instance.getURL() != null ? Path.of(instance.getURL().getPath())
                : Path.of(System.getProperty("user.home"), ".candor"); //$NON-NLS-1$ //$NON-NLS-2$
        return base.resolve("candor-db"); //$NON-NLS-1$
    }

    /** The configured location text: the system property, else the preference; may be empty. */
    public static String configuredLocation() {
        String property = System.getProperty(DATABASE_PROPERTY);
        if (property != null) {
            return property;
        }
        return Platform.getPreferencesService().getString(NODE, DATABASE_LOCATION, "", null); //$NON-NLS-1$
    }
}
