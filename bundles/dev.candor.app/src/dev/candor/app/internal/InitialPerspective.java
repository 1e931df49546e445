package dev.candor.app.internal;

import dev.candor.ui.CandorUi;

/**
 * The perspective a new window opens with: the deployment's or the user's
 * {@code org.eclipse.ui/defaultPerspectiveId} (plugin_customization.ini) when
 * it names an installed perspective, else the account manager's.
 */
public final class InitialPerspective {

    private InitialPerspective() {
    }

    public static String id() {
        String configured = org.eclipse.ui.PlatformUI.getPreferenceStore()
                .getString(org.eclipse.ui.IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID);
        if (configured != null && !configured.isBlank() && installed(configured.strip())) {
            return configured.strip();
        }
        return CandorUi.PERSPECTIVE_ACCOUNT_MANAGER;
    }

    /** Read from the extension registry: the workbench's perspective registry may not be up yet. */
    private static boolean installed(String perspective) {
        for (org.eclipse.core.runtime.IConfigurationElement element : org.eclipse.core.runtime.Platform
                .getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectives")) { //$NON-NLS-1$
            if (perspective.equals(element.getAttribute("id"))) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

}
