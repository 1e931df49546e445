package dev.candor.history.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import dev.candor.model.Channel;
import dev.candor.model.Direction;

/** The icons of channels and directions, shared through JFace's resource manager. */
final class Images {

    private Images() {
    }

    private static Image get(String name) {
        ResourceManager resources = JFaceResources.getResources();
        return resources.create(ImageDescriptor.createFromURL(Images.class.getResource("/icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Image of(Channel channel) {
        return channel == null ? null : get(channel.getLiteral());
    }

    static Image of(Direction direction) {
        return direction == null ? null : get(direction.getLiteral());
    }

    static Image named(String name) {
        return get(name);
    }
}
