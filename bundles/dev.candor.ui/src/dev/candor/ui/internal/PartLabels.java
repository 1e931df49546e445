package dev.candor.ui.internal;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * The titles of views and perspectives in the user's language of this start. The workbench keeps
 * its layout between starts, titles included: after a restart in another language, the tabs of
 * views not shown yet would keep the former language's titles. This gives every view and
 * perspective of the window its title from its (translated) registration again.
 */
public final class PartLabels {

    private PartLabels() {
    }

    /** Gives the window's views and perspectives their titles in the current language; returns how many changed. */
    public static int refresh(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null) {
            return 0;
        }
        int changed = 0;
        for (MPart part : models.findElements(model, null, MPart.class, null, EModelService.ANYWHERE)) {
            IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(primaryId(part.getElementId()));
            if (view != null && view.getLabel() != null && !view.getLabel().equals(part.getLabel())) {
                part.setLabel(view.getLabel());
                changed++;
            }
        }
        for (MPerspective perspective : models.findElements(model, null, MPerspective.class, null, EModelService.ANYWHERE)) {
            IPerspectiveDescriptor described = PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(perspective.getElementId());
            if (described != null && described.getLabel() != null && !described.getLabel().equals(perspective.getLabel())) {
                perspective.setLabel(described.getLabel());
                changed++;
            }
        }
        return changed;
    }

    /** A view shown more than once is "id:secondary". */
    private static String primaryId(String elementId) {
        if (elementId == null) {
            return ""; //$NON-NLS-1$
        }
        int colon = elementId.indexOf(':');
        return colon < 0 ? elementId : elementId.substring(0, colon);
    }
}
