package dev.candor.ethics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.CheckData;
import dev.candor.ethics.CheckDescriptor;
import dev.candor.ethics.EthicsCheck;

/**
 * The one reader of the {@code dev.candor.ethics.checks} extension point.
 * A contribution with a missing attribute or a duplicate id is reported in
 * the Error Log and left out; the others are read. Candor's own bundle's
 * checks are trusted (run inline); all others run guarded.
 */
public final class CheckRegistry {

    public static final String EXTENSION_POINT = "dev.candor.ethics.checks"; //$NON-NLS-1$
    static final String OWN_BUNDLE = "dev.candor.ethics"; //$NON-NLS-1$

    private CheckRegistry() {
    }

    /** Every well-formed contribution, in the registry's order with Candor's own first. */
    public static List<CheckDescriptor> read() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<CheckDescriptor> own = new ArrayList<>();
        List<CheckDescriptor> others = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"check".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String name = element.getAttribute("name"); //$NON-NLS-1$
            String item = element.getAttribute("item"); //$NON-NLS-1$
            String type = element.getAttribute("class"); //$NON-NLS-1$
            if (id == null || name == null || item == null || type == null) {
                EngineLog.error(NLS.bind(Messages.Registry_Incomplete, contributor), null);
                continue;
            }
            if (!ids.add(id)) {
                EngineLog.error(NLS.bind(Messages.Registry_Duplicate, id, contributor), null);
                continue;
            }
            long timeout = CheckDescriptor.DEFAULT_TIMEOUT_MILLIS;
            String limit = element.getAttribute("timeoutMillis"); //$NON-NLS-1$
            if (limit != null) {
                try {
                    timeout = Math.max(1, Long.parseLong(limit.trim()));
                } catch (NumberFormatException e) {
                    EngineLog.error(NLS.bind(Messages.Registry_BadTimeout, new Object[] { limit, id, contributor }), null);
                }
            }
            boolean trusted = OWN_BUNDLE.equals(contributor);
            Supplier<CheckData> data = element.getAttribute("data") == null ? null : () -> data(element); //$NON-NLS-1$
            CheckDescriptor descriptor = new CheckDescriptor(id, name, item, contributor, trusted, timeout,
                    () -> create(element), data);
            (trusted ? own : others).add(descriptor);
        }
        own.addAll(others);
        return List.copyOf(own);
    }

    /**
     * Candor's own checks read from this bundle's plugin.xml without an
     * extension registry, for programs that run outside OSGi (the benchmark);
     * names stay untranslated keys.
     */
    public static List<CheckDescriptor> builtInWithoutRegistry() {
        try {
            java.net.URL base = CheckRegistry.class.getProtectionDomain().getCodeSource().getLocation();
            java.net.URL xml = base.getPath().endsWith(".jar") //$NON-NLS-1$
                    ? java.net.URI.create("jar:" + base + "!/plugin.xml").toURL() //$NON-NLS-1$ //$NON-NLS-2$
                    : new java.net.URL(base, "plugin.xml"); //$NON-NLS-1$
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            org.w3c.dom.Document document;
            try (java.io.InputStream in = xml.openStream()) {
                document = factory.newDocumentBuilder().parse(in);
            }
            org.w3c.dom.NodeList checks = document.getElementsByTagName("check"); //$NON-NLS-1$
            List<CheckDescriptor> result = new ArrayList<>();
            for (int i = 0; i < checks.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) checks.item(i);
                String type = e.getAttribute("class"); //$NON-NLS-1$
                result.add(new CheckDescriptor(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("item"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        OWN_BUNDLE, true, CheckDescriptor.DEFAULT_TIMEOUT_MILLIS, () -> instantiate(type)));
            }
            return List.copyOf(result);
        } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the built-in checks: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static EthicsCheck instantiate(String type) {
        try {
            return (EthicsCheck) Class.forName(type).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CheckData data(IConfigurationElement element) {
        try {
            return (CheckData) element.createExecutableExtension("data"); //$NON-NLS-1$
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static EthicsCheck create(IConfigurationElement element) {
        try {
            return (EthicsCheck) element.createExecutableExtension("class"); //$NON-NLS-1$
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
