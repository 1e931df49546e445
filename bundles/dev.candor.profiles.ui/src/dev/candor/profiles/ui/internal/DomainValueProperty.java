package dev.candor.profiles.ui.internal;

import java.util.Objects;

import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An EMF feature as a databinding property whose changes go through the
 * editing domain's command stack, so each one can be undone. (EMF's own
 * {@code EMFEditProperties} is not on Maven Central in a current version.)
 */
final class DomainValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EditingDomain domain;
    private final EStructuralFeature feature;

    DomainValueProperty(EditingDomain domain, EStructuralFeature feature) {
        this.domain = domain;
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature;
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eGet(feature);
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        if (!Objects.equals(source.eGet(feature), value)) {
            domain.getCommandStack().execute(new SetCommand(domain, source, feature, value));
        }
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(
            ISimplePropertyListener<EObject, org.eclipse.core.databinding.observable.value.ValueDiff<? extends Object>> listener) {
        return new NativePropertyListener<>(this, listener) {
            private final Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification msg) {
                    if (msg.getFeature() == feature && !msg.isTouch()) {
                        // no diff: the observable reads the value again, which also suits lists
                        fireChange((EObject) msg.getNotifier(), null);
                    }
                }
            };

            @Override
            protected void doAddTo(EObject source) {
                source.eAdapters().add(adapter);
            }

            @Override
            protected void doRemoveFrom(EObject source) {
                source.eAdapters().remove(adapter);
            }
        };
    }

    @Override
    public String toString() {
        return "DomainValueProperty(" + feature.getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
