package dev.candor.ui;

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

import dev.candor.ui.internal.Messages;

/**
 * Reads the contributions of an extension point whose elements have an
 * {@code id}, a {@code title}, a {@code class} and an optional {@code order}
 * (profile sections, dashboard charts): well-formed ones in their order
 * (lower first, 100 when not given; ties keep the registry's order). One
 * without id, title or class, or with a taken id, is reported in the Error
 * Log and left out; an order that is not a whole number is reported and 100
 * used.
 *
 * @since 0.1
 */
public final class OrderedContributions {

    private static final int DEFAULT_ORDER = 100;

    /** A contribution, not yet created. */
    public record Contribution(String id, String title, String contributor, int order, IConfigurationElement element) {

        /** Creates the contribution's class; a wrong class or type comes as an exception, never {@code null}. */
        public <T> T create(Class<T> type) throws CoreException {
            Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (!type.isInstance(created)) {
                throw new ClassCastException(NLS.bind(Messages.Contributions_WrongType, created.getClass().getName(),
                        type.getName()));
            }
            return type.cast(created);
        }
    }

    private OrderedContributions() {
    }

    public static List<Contribution> read(String extensionPoint) {
        List<Contribution> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(extensionPoint)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String title = element.getAttribute("title"); //$NON-NLS-1$
            if (id == null || title == null || element.getAttribute("class") == null || !ids.add(id)) { //$NON-NLS-1$
                log(NLS.bind(Messages.Contributions_LeftOut, new Object[] { id, contributor, extensionPoint }), null);
                continue;
            }
            int order = DEFAULT_ORDER;
            String given = element.getAttribute("order"); //$NON-NLS-1$
            if (given != null) {
                try {
                    order = Integer.parseInt(given.strip());
                } catch (NumberFormatException e) {
                    log(NLS.bind(Messages.Contributions_BadOrder, new Object[] { given, id, contributor }), null);
                }
            }
            found.add(new Contribution(id, title, contributor, order, element));
        }
        found.sort(Comparator.comparingInt(Contribution::order));
        return List.copyOf(found);
    }

    /** Reports a problem with a contribution in the Error Log. */
    public static void log(String message, Throwable cause) {
        ILog.of(OrderedContributions.class).log(Status.error(message, cause));
    }
}
