package dev.candor.profiles.ui.internal;

import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/** A customer by id; the name is only the tab title until the record is loaded. */
public final class ProfileEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

    static final String KEY_ID = "customerId"; //$NON-NLS-1$
    static final String KEY_NAME = "name"; //$NON-NLS-1$

    private final long customerId;
    private final String name;

    public ProfileEditorInput(long customerId, String name) {
        this.customerId = customerId;
        this.name = name == null ? "" : name; //$NON-NLS-1$
    }

    public long getCustomerId() {
        return customerId;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.createFromURL(ProfileEditorInput.class.getResource("/icons/customer.png")); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public String getFactoryId() {
        return ProfileEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_ID, Long.toString(customerId));
        memento.putString(KEY_NAME, name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileEditorInput input && input.customerId == customerId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId);
    }
}
