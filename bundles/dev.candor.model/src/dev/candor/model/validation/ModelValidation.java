package dev.candor.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.osgi.util.NLS;

import dev.candor.model.CandorPackage;
import dev.candor.model.util.CandorValidator;
import dev.candor.nls.Plurals;

/**
 * Validates Candor model objects and reports each problem at its field in
 * words, not as EMF's diagnostic dump (which quotes regular expressions).
 * Required fields, the facets of the data types (e-mail, phone, length, range)
 * and the invariants of {@link CandorValidator} are all checked.
 *
 * @since 0.1
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** All problems of {@code root} and of the objects it contains; empty when valid. */
    public static List<Problem> validate(EObject root) {
        List<Problem> problems = new ArrayList<>();
        checkFields(root, problems);
        root.eAllContents().forEachRemaining(child -> checkFields(child, problems));
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
        collectInvariants(diagnostic, problems);
        return problems;
    }

    /** The problems of one field only, for live validation in editors. */
    public static List<Problem> validateField(EObject object, EStructuralFeature feature) {
        List<Problem> problems = new ArrayList<>();
        if (feature instanceof EAttribute attribute) {
            checkAttribute(object, attribute, problems);
        }
        return problems;
    }

    /**
     * The labels ({@link #label}) of the attributes whose values differ between two versions of
     * one record, id and version left out: which fields an edit changed, not their content.
     */
    public static List<String> changedFields(EObject before, EObject after) {
        List<String> fields = new ArrayList<>();
        for (EAttribute attribute : after.eClass().getEAllAttributes()) {
            if (attribute == dev.candor.model.CandorPackage.Literals.IDENTIFIABLE__VERSION
                    || attribute == dev.candor.model.CandorPackage.Literals.IDENTIFIABLE__ID) {
                continue;
            }
            if (!java.util.Objects.equals(before.eGet(attribute), after.eGet(attribute))) {
                fields.add(label(attribute));
            }
        }
        return fields;
    }

    /** A readable name of a feature: "preferredChannel" becomes "Preferred channel". */
    public static String label(EStructuralFeature feature) {
        String key = feature.getEContainingClass().getName() + "_" + feature.getName();
        String translated = Messages.label(key);
        if (translated != null) {
            return translated;
        }
        String name = feature.getName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void checkFields(EObject object, List<Problem> problems) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            checkAttribute(object, attribute, problems);
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isRequired() && isEmpty(object.eGet(reference))) {
                problems.add(new Problem(object, reference, NLS.bind(Messages.Required, label(reference))));
            }
        }
    }

    private static void checkAttribute(EObject object, EAttribute attribute, List<Problem> problems) {
        Object value = object.eGet(attribute);
        if (attribute.isRequired() && isEmpty(value)) {
            problems.add(new Problem(object, attribute, NLS.bind(Messages.Required, label(attribute))));
            return;
        }
        if (value == null) {
            return;
        }
        EDataType type = attribute.getEAttributeType();
        if (type.getEPackage() != CandorPackage.eINSTANCE || type instanceof org.eclipse.emf.ecore.EEnum) {
            return;
        }
        Collection<?> values = attribute.isMany() ? (Collection<?>) value : List.of(value);
        for (Object single : values) {
            if (Diagnostician.INSTANCE.validate(type, single).getSeverity() >= Diagnostic.ERROR) {
                problems.add(new Problem(object, attribute, describe(attribute, type, single)));
                return;
            }
        }
    }

    private static String describe(EAttribute attribute, EDataType type, Object value) {
        String label = label(attribute);
        int maxLength = ExtendedMetaData.INSTANCE.getMaxLengthFacet(type);
        if (maxLength >= 0 && value instanceof String text && text.length() > maxLength) {
            return Plurals.format(Messages.TooLong, new Object[] { label, text.length(), maxLength });
        }
        switch (type.getClassifierID()) {
        case CandorPackage.EMAIL_ADDRESS:
            return NLS.bind(Messages.InvalidEmail, label, value);
        case CandorPackage.PHONE_NUMBER:
            return NLS.bind(Messages.InvalidPhone, label, value);
        case CandorPackage.REQUIRED_TEXT:
            return NLS.bind(Messages.Required, label);
        case CandorPackage.WEIGHT:
            return NLS.bind(Messages.WeightOutOfRange, label, value);
        default:
            return NLS.bind(Messages.Invalid, label, value);
        }
    }

    private static void collectInvariants(Diagnostic diagnostic, List<Problem> problems) {
        if (CandorValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                && diagnostic.getSeverity() >= Diagnostic.ERROR && diagnostic.getData().size() >= 2
                && diagnostic.getData().get(0) instanceof EObject object
                && diagnostic.getData().get(1) instanceof EStructuralFeature feature) {
            problems.add(new Problem(object, feature, diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collectInvariants(child, problems);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }
}
