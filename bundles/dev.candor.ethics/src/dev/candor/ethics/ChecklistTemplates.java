package dev.candor.ethics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.internal.Messages;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;

/**
 * The default checklist, one item per principle of customer-service ethics,
 * and how a template is chosen for a channel and shown in the user's language.
 *
 * @since 0.1
 */
public final class ChecklistTemplates {

    /** Weight and criticality of each default item: a failed critical item fails the whole review. */
    private record Default(String code, String key, double weight, boolean critical) {
    }

    private static final List<Default> DEFAULTS = List.of(
            new Default(ItemCodes.COURTESY, "Courtesy", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.RESPECT, "Respect", 2, true), //$NON-NLS-1$
            new Default(ItemCodes.HONESTY, "Honesty", 2, true), //$NON-NLS-1$
            new Default(ItemCodes.MISTAKES, "Mistakes", 1.5, false), //$NON-NLS-1$
            new Default(ItemCodes.PROMISES, "Promises", 2, false), //$NON-NLS-1$
            new Default(ItemCodes.NO_PRESSURE, "NoPressure", 2, true), //$NON-NLS-1$
            new Default(ItemCodes.COMPETITORS, "Competitors", 1.5, true), //$NON-NLS-1$
            new Default(ItemCodes.PLAIN_LANGUAGE, "PlainLanguage", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.CALM, "Calm", 1.5, false), //$NON-NLS-1$
            new Default(ItemCodes.TIMELY, "Timely", 2, false), //$NON-NLS-1$
            new Default(ItemCodes.EMPATHY, "Empathy", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.PROACTIVITY, "Proactivity", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.PERSONALISATION, "Personalisation", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.FEEDBACK, "Feedback", 1, false), //$NON-NLS-1$
            new Default(ItemCodes.PERSONAL_DATA, "PersonalData", 2, true)); //$NON-NLS-1$

    private static final Map<String, String> KEYS = DEFAULTS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Default::code, Default::key));

    private ChecklistTemplates() {
    }

    /**
     * A new copy of the default template (version 1, every channel). Titles and
     * descriptions are stored in English and shown translated by
     * {@link #title(ChecklistItem)} and {@link #description(ChecklistItem)}.
     */
    public static ChecklistTemplate createDefault() {
        ResourceBundle english = english();
        ChecklistTemplate template = CandorFactory.eINSTANCE.createChecklistTemplate();
        template.setName(english.getString("Template_Default")); //$NON-NLS-1$
        template.setTemplateVersion(1);
        template.setActive(true);
        for (Default d : DEFAULTS) {
            ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
            item.setCode(d.code());
            item.setTitle(english.getString("Item_" + d.key())); //$NON-NLS-1$
            item.setDescription(english.getString("ItemHelp_" + d.key())); //$NON-NLS-1$
            item.setWeight(d.weight());
            item.setCritical(d.critical());
            template.getItems().add(item);
        }
        return template;
    }

    /** The item's title in the user's language when it is a default item still titled as shipped. */
    public static String title(ChecklistItem item) {
        return translated(item.getCode(), "Item_", item.getTitle()); //$NON-NLS-1$
    }

    /** The item's description, translated like {@link #title(ChecklistItem)}. */
    public static String description(ChecklistItem item) {
        return translated(item.getCode(), "ItemHelp_", item.getDescription()); //$NON-NLS-1$
    }

    /** The template's name, translated when it is the default one's. */
    public static String name(ChecklistTemplate template) {
        String english = english().getString("Template_Default"); //$NON-NLS-1$
        return english.equals(template.getName()) ? Messages.Template_Default : template.getName();
    }

    private static String translated(String code, String prefix, String stored) {
        String key = KEYS.get(code);
        if (key == null || stored == null) {
            return stored;
        }
        try {
            if (!stored.equals(english().getString(prefix + key))) {
                return stored; // an admin changed it: theirs, as written
            }
            java.lang.reflect.Field field = Messages.class.getField(prefix + key);
            return (String) field.get(null);
        } catch (MissingResourceException | ReflectiveOperationException e) {
            return stored;
        }
    }

    private static ResourceBundle english() {
        return ResourceBundle.getBundle("dev.candor.ethics.internal.messages", Locale.ROOT, //$NON-NLS-1$
                ChecklistTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The template for an interaction on {@code channel}: the active template
     * naming that channel, else the active one naming none (every channel),
     * else {@code null}. Among several, the newest version wins.
     */
    public static ChecklistTemplate forChannel(List<ChecklistTemplate> templates, Channel channel) {
        ChecklistTemplate specific = null;
        ChecklistTemplate general = null;
        for (ChecklistTemplate template : templates) {
            if (!template.isActive()) {
                continue;
            }
            if (template.getChannels().contains(channel)) {
                specific = newer(specific, template);
            } else if (template.getChannels().isEmpty()) {
                general = newer(general, template);
            }
        }
        return specific != null ? specific : general;
    }

    private static ChecklistTemplate newer(ChecklistTemplate a, ChecklistTemplate b) {
        return a == null || b.getTemplateVersion() > a.getTemplateVersion() ? b : a;
    }

    /** "Customer-service ethics, version 3". */
    public static String label(ChecklistTemplate template) {
        return NLS.bind("{0} v{1}", name(template), template.getTemplateVersion()); //$NON-NLS-1$
    }
}
