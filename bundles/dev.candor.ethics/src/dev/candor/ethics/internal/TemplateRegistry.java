package dev.candor.ethics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;

/**
 * The one reader of {@code dev.candor.ethics.templates}: checklist templates
 * contributed by other bundles, stored as version 1 under their id the first
 * time the templates are read. A contribution with a missing attribute, an
 * unknown channel, a weight that is not a positive number, two items with one
 * code or no items is reported in the Error Log and left out.
 */
public final class TemplateRegistry {

    public static final String EXTENSION_POINT = "dev.candor.ethics.templates"; //$NON-NLS-1$

    /** A contributed template and the key it is stored under (its id). */
    public record Contributed(String key, ChecklistTemplate template, String contributor) {
    }

    private static List<Contributed> read;

    private TemplateRegistry() {
    }

    /** Read once; empty outside OSGi. */
    public static synchronized List<Contributed> all() {
        if (read == null) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            read = registry == null ? List.of() : read(registry);
        }
        return read;
    }

    private static List<Contributed> read(IExtensionRegistry registry) {
        List<Contributed> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            try {
                ChecklistTemplate template = template(element);
                if (!ids.add(id)) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Templates_Duplicate, id));
                }
                found.add(new Contributed(id, template, contributor));
            } catch (IllegalArgumentException e) {
                EngineLog.error(NLS.bind(Messages.Templates_LeftOut, new Object[] { id, contributor, e.getMessage() }),
                        null);
            }
        }
        return List.copyOf(found);
    }

    private static ChecklistTemplate template(IConfigurationElement element) {
        String id = element.getAttribute("id"); //$NON-NLS-1$
        String name = element.getAttribute("name"); //$NON-NLS-1$
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.Templates_NoIdOrName);
        }
        ChecklistTemplate template = CandorFactory.eINSTANCE.createChecklistTemplate();
        template.setName(name);
        template.setActive(true);
        template.setTemplateVersion(1);
        String channels = element.getAttribute("channels"); //$NON-NLS-1$
        if (channels != null) {
            for (String literal : channels.split(",")) { //$NON-NLS-1$
                if (literal.isBlank()) {
                    continue;
                }
                Channel channel = Channel.get(literal.strip());
                if (channel == null) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Templates_BadChannel, literal.strip()));
                }
                template.getChannels().add(channel);
            }
        }
        Set<String> codes = new HashSet<>();
        for (IConfigurationElement child : element.getChildren("item")) { //$NON-NLS-1$
            ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
            String code = child.getAttribute("code"); //$NON-NLS-1$
            String title = child.getAttribute("title"); //$NON-NLS-1$
            if (code == null || code.isBlank() || title == null || title.isBlank()) {
                throw new IllegalArgumentException(Messages.Templates_ItemIncomplete);
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException(NLS.bind(Messages.Templates_ItemDuplicate, code));
            }
            item.setCode(code);
            item.setTitle(title);
            item.setDescription(child.getAttribute("description")); //$NON-NLS-1$
            String weight = child.getAttribute("weight"); //$NON-NLS-1$
            try {
                item.setWeight(weight == null ? 1 : Double.parseDouble(weight.strip()));
            } catch (NumberFormatException e) {
                item.setWeight(-1);
            }
            if (!(item.getWeight() > 0)) {
                throw new IllegalArgumentException(NLS.bind(Messages.Templates_BadWeight, weight, code));
            }
            item.setCritical(Boolean.parseBoolean(child.getAttribute("critical"))); //$NON-NLS-1$
            template.getItems().add(item);
        }
        if (template.getItems().isEmpty()) {
            throw new IllegalArgumentException(Messages.Templates_NoItems);
        }
        return template;
    }
}
