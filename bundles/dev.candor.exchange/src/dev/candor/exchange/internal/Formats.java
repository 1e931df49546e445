package dev.candor.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/** The one reader of the {@code dev.candor.exchange.formats} extension point. */
public final class Formats {

    public static final String POINT = "dev.candor.exchange.formats"; //$NON-NLS-1$

    private Formats() {
    }

    public static List<Format> importers() {
        return read(true);
    }

    public static List<Format> exporters() {
        return read(false);
    }

    /** The contributions of one kind by name; a wrong one is logged and left out. */
    private static List<Format> read(boolean importers) {
        List<Format> formats = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String kind = importers ? "importer" : "exporter"; //$NON-NLS-1$ //$NON-NLS-2$
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if (!kind.equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String name = element.getAttribute("name"); //$NON-NLS-1$
            String type = element.getAttribute("class"); //$NON-NLS-1$
            if (blank(id) || blank(name) || blank(type)) {
                ILog.of(Formats.class).log(Status.error(NLS.bind(Messages.Formats_Incomplete, kind, contributor)));
                continue;
            }
            if (!ids.add(id)) {
                ILog.of(Formats.class).log(Status.error(NLS.bind(Messages.Formats_Duplicate, new Object[] { kind, id, contributor })));
                continue;
            }
            List<String> extensions = new ArrayList<>();
            String declared = element.getAttribute("extensions"); //$NON-NLS-1$
            if (declared != null) {
                for (String extension : declared.split(",")) { //$NON-NLS-1$
                    String clean = extension.strip().replaceFirst("^\\*?\\.", ""); //$NON-NLS-1$ //$NON-NLS-2$
                    if (!clean.isEmpty()) {
                        extensions.add(clean);
                    }
                }
            }
            String description = element.getAttribute("description"); //$NON-NLS-1$
            formats.add(new Format(id, name, description == null ? "" : description, List.copyOf(extensions), importers, //$NON-NLS-1$
                    contributor, element));
        }
        formats.sort(Comparator.comparing(Format::name, String.CASE_INSENSITIVE_ORDER));
        return formats;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
