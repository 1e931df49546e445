package dev.candor.commitments.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** This bundle's icons, shared through JFace's resource manager. */
final class Images {

    static final String OVERDUE = "overdue"; //$NON-NLS-1$
    static final String DUE_SOON = "due_soon"; //$NON-NLS-1$
    static final String COMMITMENTS = "commitments"; //$NON-NLS-1$

    private Images() {
    }

    static Image get(String name) {
        return JFaceResources.getResources().create(
                ImageDescriptor.createFromURL(Images.class.getResource("/icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
