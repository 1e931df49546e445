package dev.candor.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

import dev.candor.store.SchemaMigration;

/**
 * The one reader of {@code dev.candor.store.schemas}. A contribution with a missing or wrong
 * attribute, a schema name that is taken or reserved, or versions with gaps is left out and
 * reported in {@code problems} with its contributor's name.
 */
final class ContributedSchemas {

    static final String POINT = "dev.candor.store.schemas"; //$NON-NLS-1$
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}"); //$NON-NLS-1$
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}"); //$NON-NLS-1$
    private static final Set<String> RESERVED = Set.of("CANDOR", "APP", "NULLID", "SQLJ", "PUBLIC", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "INFORMATION_SCHEMA", "PG_CATALOG"); //$NON-NLS-1$ //$NON-NLS-2$

    private ContributedSchemas() {
    }

    /** The contributions of the running platform, by schema name; none outside OSGi. */
    static List<ContributedSchema> read(List<String> problems) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<ContributedSchema> schemas = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            if (!"schema".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            String contributor = element.getContributor().getName();
            try {
                ContributedSchema schema = schema(element, contributor);
                if (!taken.add(schema.name())) {
                    throw new IllegalArgumentException("the schema " + schema.name() + " is contributed twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                schemas.add(schema);
            } catch (IllegalArgumentException e) {
                problems.add(POINT + " of " + contributor + " left out: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        schemas.sort(Comparator.comparing(ContributedSchema::name));
        return schemas;
    }

    private static ContributedSchema schema(IConfigurationElement element, String contributor) {
        String name = required(element, "name").toUpperCase(Locale.ROOT); //$NON-NLS-1$
        if (!NAME.matcher(name).matches() || RESERVED.contains(name) || name.startsWith("SYS")) { //$NON-NLS-1$
            throw new IllegalArgumentException("\"" + name + "\" is not a schema name a bundle may use"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String label = required(element, "label"); //$NON-NLS-1$
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        List<ContributedSchema.Step> steps = new ArrayList<>();
        for (IConfigurationElement migration : element.getChildren("migration")) { //$NON-NLS-1$
            int version;
            try {
                version = Integer.parseInt(required(migration, "version")); //$NON-NLS-1$
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a migration's version is not a number"); //$NON-NLS-1$
            }
            String description = required(migration, "description"); //$NON-NLS-1$
            String scriptPath = migration.getAttribute("script"); //$NON-NLS-1$
            String className = migration.getAttribute("class"); //$NON-NLS-1$
            if ((scriptPath == null) == (className == null)) {
                throw new IllegalArgumentException("migration " + version + " needs a script or a class, not both"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String script = scriptPath == null ? null : script(bundle, scriptPath);
            ContributedSchema.Factory factory = className == null ? null
                    : () -> (SchemaMigration) migration.createExecutableExtension("class"); //$NON-NLS-1$
            steps.add(new ContributedSchema.Step(version, description, script, factory));
        }
        steps.sort(Comparator.comparingInt(ContributedSchema.Step::version));
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("the migrations' versions must be 1, 2, 3, ... without gaps"); //$NON-NLS-1$
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the schema " + name + " has no migration"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ContributedSchema(name, label, contributor, List.copyOf(steps),
                references(element, "customerReference"), references(element, "interactionReference")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<ContributedSchema.Reference> references(IConfigurationElement element, String kind) {
        List<ContributedSchema.Reference> references = new ArrayList<>();
        for (IConfigurationElement reference : element.getChildren(kind)) {
            String table = required(reference, "table").toUpperCase(Locale.ROOT); //$NON-NLS-1$
            String column = required(reference, "column").toUpperCase(Locale.ROOT); //$NON-NLS-1$
            if (!COLUMN.matcher(table).matches() || !COLUMN.matcher(column).matches()) {
                throw new IllegalArgumentException(kind + " " + table + "." + column + " is not a table and column name"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            references.add(new ContributedSchema.Reference(table, column));
        }
        return List.copyOf(references);
    }

    private static String script(Bundle bundle, String path) {
        URL entry = bundle == null ? null : bundle.getEntry(path);
        if (entry == null) {
            throw new IllegalArgumentException("the script " + path + " is not in the bundle"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("the script " + path + " cannot be read: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> has no " + attribute); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.strip();
    }
}
