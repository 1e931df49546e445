package dev.candor.profiles.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dev.candor.store.CustomerSummary;
import dev.candor.ui.Labels;

/** Shows a selected customer in the Properties view. */
public final class CustomerAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof CustomerSummary summary) {
            return adapterType.cast(new SummarySource(summary));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }

    /** Read-only properties of a customer summary; editing happens in the profile. */
    static final class SummarySource implements IPropertySource {
        private final Map<String, Object> values = new LinkedHashMap<>();

        SummarySource(CustomerSummary c) {
            values.put(Messages.Profile_Name, c.name());
            values.put(Messages.Profile_Kind, Labels.of(c.kind()));
            values.put(Messages.Profile_Organisation, c.organisation());
            values.put(Messages.Profile_Email, c.email());
            values.put(Messages.Profile_Phone, c.phone());
            values.put(Messages.Profile_City, c.city());
            values.put(Messages.Profile_Country, c.country());
            values.put(Messages.Profile_Owner, c.owner());
            values.put(Messages.Profile_Language, Labels.of(c.language()));
            values.put(Messages.Profile_Channel, Labels.of(c.preferredChannel()));
            values.put(Messages.Properties_Id, Long.toString(c.id()));
        }

        @Override
        public Object getEditableValue() {
            return this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            return values.keySet().stream().map(key -> {
                PropertyDescriptor descriptor = new PropertyDescriptor(key, key);
                descriptor.setCategory(Messages.Properties_Category);
                return descriptor;
            }).toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            Object value = values.get(id);
            return value == null ? "" : value; //$NON-NLS-1$
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // read-only
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // read-only
        }
    }
}
