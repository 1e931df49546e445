package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.candor.profiles.ui.ProfileSection;

/**
 * The one reader of {@code dev.candor.profiles.ui.sections}: the contributed
 * sections in their order. A contribution without id, title or class, or with
 * a taken id, is reported in the Error Log and left out.
 */
final class ProfileSections {

    static final String EXTENSION_POINT = "dev.candor.profiles.ui.sections"; //$NON-NLS-1$
    private static final int DEFAULT_ORDER = 100;

    /** A contributed section, not yet created. */
    record Contribution(String id, String title, String contributor, int order, IConfigurationElement element) {
        ProfileSection create() throws CoreException {
            return (ProfileSection) element.createExecutableExtension("class"); //$NON-NLS-1$
        }
    }

    private static List<Contribution> read;

    private ProfileSections() {
    }

    /** Read once: contributions do not change while Candor runs. */
    static synchronized List<Contribution> all() {
        if (read == null) {
            read = readRegistry();
        }
        return read;
    }

    private static List<Contribution> readRegistry() {
        List<Contribution> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String title = element.getAttribute("title"); //$NON-NLS-1$
            if (id == null || title == null || element.getAttribute("class") == null) { //$NON-NLS-1$
                log(NLS.bind(Messages.Sections_Incomplete, contributor), null);
                continue;
            }
            if (!ids.add(id)) {
                log(NLS.bind(Messages.Sections_Duplicate, id, contributor), null);
                continue;
            }
            int order = DEFAULT_ORDER;
            String given = element.getAttribute("order"); //$NON-NLS-1$
            if (given != null) {
                try {
                    order = Integer.parseInt(given.strip());
                } catch (NumberFormatException e) {
                    log(NLS.bind(Messages.Sections_BadOrder, new Object[] { given, id, contributor }), null);
                }
            }
            found.add(new Contribution(id, title, contributor, order, element));
        }
        found.sort(Comparator.comparingInt(Contribution::order));
        return List.copyOf(found);
    }

    static void log(String message, Throwable cause) {
        ILog.of(ProfileSections.class).log(Status.error(message, cause));
    }
}
