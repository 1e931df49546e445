package dev.candor.ethics.ui.internal;

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

import dev.candor.ethics.ui.DashboardChart;

/**
 * The one reader of {@code dev.candor.ethics.ui.charts}: contributed
 * dashboard charts in their order. A contribution without id, title or class,
 * or with a taken id, is reported in the Error Log and left out.
 */
final class DashboardCharts {

    static final String EXTENSION_POINT = "dev.candor.ethics.ui.charts"; //$NON-NLS-1$
    private static final int DEFAULT_ORDER = 100;

    /** A contributed chart, not yet created. */
    record Contribution(String id, String title, String contributor, int order, IConfigurationElement element) {
        DashboardChart create() throws CoreException {
            return (DashboardChart) element.createExecutableExtension("class"); //$NON-NLS-1$
        }
    }

    private DashboardCharts() {
    }

    static List<Contribution> all() {
        List<Contribution> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String title = element.getAttribute("title"); //$NON-NLS-1$
            if (id == null || title == null || element.getAttribute("class") == null || !ids.add(id)) { //$NON-NLS-1$
                log(NLS.bind(Messages.Charts_LeftOut, id, contributor), null);
                continue;
            }
            int order = DEFAULT_ORDER;
            try {
                String given = element.getAttribute("order"); //$NON-NLS-1$
                order = given == null ? DEFAULT_ORDER : Integer.parseInt(given.strip());
            } catch (NumberFormatException e) {
                log(NLS.bind(Messages.Charts_LeftOut, id, contributor), e);
            }
            found.add(new Contribution(id, title, contributor, order, element));
        }
        found.sort(Comparator.comparingInt(Contribution::order));
        return found;
    }

    static void log(String message, Throwable cause) {
        ILog.of(DashboardCharts.class).log(Status.error(message, cause));
    }
}
