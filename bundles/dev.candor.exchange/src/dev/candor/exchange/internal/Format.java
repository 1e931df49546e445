package dev.candor.exchange.internal;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import dev.candor.exchange.Exporter;
import dev.candor.exchange.Importer;

/**
 * One contributed importer or exporter, as declared; its class is created only when used.
 *
 * @param extensions file name endings offered in the file dialog, without the dot
 */
public record Format(String id, String name, String description, List<String> extensions, boolean importer,
        String contributor, IConfigurationElement element) {

    public Importer createImporter() throws CoreException {
        return (Importer) element.createExecutableExtension("class"); //$NON-NLS-1$
    }

    public Exporter createExporter() throws CoreException {
        return (Exporter) element.createExecutableExtension("class"); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return name;
    }
}
