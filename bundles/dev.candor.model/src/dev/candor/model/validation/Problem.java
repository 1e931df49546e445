package dev.candor.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One reason a model object is not valid, said so that a user can act on it.
 *
 * @param object  the object at fault (the record itself or one of its parts)
 * @param feature the field at fault, or {@code null} when the problem spans fields
 * @param message a translated, complete sentence
 * @since 0.1
 */
public record Problem(EObject object, EStructuralFeature feature, String message) {
}
