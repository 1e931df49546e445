package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.candor.model.Customer;
import dev.candor.model.validation.Problem;

/**
 * What tests read and drive in the profile editor and its dialogs, from a fragment that only
 * tests install: Candor itself carries no test accessors.
 */
public final class ProfilesProbe {

    private ProfilesProbe() {
    }

    // the profile editor

    /** The working copy, or {@code null} while loading. */
    public static Customer getCustomer(ProfileEditor editor) {
        return editor.customer;
    }

    /** The control that edits {@code feature}. */
    public static Control getControl(ProfileEditor editor, EStructuralFeature feature) {
        return editor.fieldControls.get(feature);
    }

    /** The current validation problems. */
    public static List<Problem> getProblems(ProfileEditor editor) {
        return editor.problems;
    }

    public static ScrolledForm getForm(ProfileEditor editor) {
        return editor.form;
    }

    /** The contacts table's viewer; {@code null} while loading. */
    public static StructuredViewer getContactsViewer(ProfileEditor editor) {
        return editor.contacts == null ? null : editor.contacts.viewer();
    }

    public static BasicCommandStack getCommandStack(ProfileEditor editor) {
        return editor.commandStack;
    }

    // the conflict and merge dialogs

    public static List<ConflictDialog.Difference> getDifferences(ConflictDialog dialog) {
        return dialog.differences;
    }

    /** Keeps this editor's value for exactly these fields, as ticking their rows does. */
    public static void keepMine(ConflictDialog dialog, List<EStructuralFeature> features) {
        dialog.keepMine = new ArrayList<>(dialog.differences.stream().filter(d -> features.contains(d.feature())).toList());
        if (dialog.viewer != null) {
            dialog.viewer.setCheckedElements(dialog.keepMine.toArray());
        }
    }

    /** Chooses the record to keep, as its radio button does. */
    public static void keep(MergeDialog dialog, Customer customer) {
        dialog.keepFirst = customer == dialog.first;
        if (dialog.choices.size() == 2) {
            dialog.choices.get(0).setSelection(dialog.keepFirst);
            dialog.choices.get(1).setSelection(!dialog.keepFirst);
        }
    }
}
