package dev.candor.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import dev.candor.model.validation.Problem;

/**
 * Error marks beside the fields of a dialog, one per model feature, showing
 * the validation message of that field on hover.
 *
 * @since 0.1
 */
public final class ProblemDecorations {

    private final Map<EStructuralFeature, ControlDecoration> decorations = new HashMap<>();

    /** Puts a (hidden) error mark beside the control that edits {@code feature}. */
    public void add(EStructuralFeature feature, Control control) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
        decorations.put(feature, decoration);
    }

    /** Shows the marks of these problems and hides the others. */
    public void show(List<Problem> problems) {
        decorations.values().forEach(ControlDecoration::hide);
        for (Problem problem : problems) {
            mark(problem.feature(), problem.message());
        }
    }

    /** Shows one more mark, for a rule the model does not know. */
    public void mark(EStructuralFeature feature, String message) {
        ControlDecoration decoration = decorations.get(feature);
        if (decoration != null) {
            decoration.setDescriptionText(message);
            decoration.show();
        }
    }
}
