package dev.candor.ui.internal.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores open customer editors after a restart. */
public final class CustomerEditorInputFactory implements IElementFactory {

    static final String ID = "dev.candor.ui.customerInputFactory"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        String id = memento.getString(CustomerEditorInput.KEY_ID);
        if (id == null) {
            return null;
        }
        try {
            return new CustomerEditorInput(Long.parseLong(id), memento.getString(CustomerEditorInput.KEY_NAME));
        } catch (NumberFormatException e) {
            return null; // a damaged workbench.xml entry: the editor is simply not restored
        }
    }
}
