package dev.candor.profiles.ui.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores open customer editors after a restart. */
public final class ProfileEditorInputFactory implements IElementFactory {

    static final String ID = "dev.candor.profiles.ui.profileInputFactory"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        String id = memento.getString(ProfileEditorInput.KEY_ID);
        if (id == null) {
            return null;
        }
        try {
            return new ProfileEditorInput(Long.parseLong(id), memento.getString(ProfileEditorInput.KEY_NAME));
        } catch (NumberFormatException e) {
            return null; // a damaged workbench.xml entry: the editor is simply not restored
        }
    }
}
