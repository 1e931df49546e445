package dev.candor.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.candor.model.CandorPackage;
import dev.candor.model.Customer;

/**
 * What two people changed in one profile since the version both started from (a three-way
 * comparison): the fields only the other person changed are theirs to keep, the fields only this
 * editor changed are its own, and only the fields both changed, to different values, need a
 * decision. Saving a stale profile thus never reverts a colleague's change silently (a consent
 * they withdrew stays withdrawn).
 *
 * @since 0.1
 */
public final class ProfileChanges {

    private static final CandorPackage P = CandorPackage.eINSTANCE;

    /** The fields of a profile a person edits, in the order the editor shows them. */
    public static final List<EStructuralFeature> FIELDS = List.of(P.getCustomer_Name(), P.getCustomer_Kind(),
            P.getCustomer_Organisation(), P.getCustomer_Email(), P.getCustomer_Phone(), P.getCustomer_City(),
            P.getCustomer_Country(), P.getCustomer_Owner(), P.getCustomer_PreferredLanguage(),
            P.getCustomer_PreferredChannel(), P.getCustomer_Tags(), P.getCustomer_ConsentMarketing(),
            P.getCustomer_ConsentDataProcessing(), P.getCustomer_ConsentRecording(), P.getCustomer_Contacts(),
            P.getCustomer_Notes());

    private final List<EStructuralFeature> theirsOnly = new ArrayList<>();
    private final List<EStructuralFeature> mineOnly = new ArrayList<>();
    private final List<EStructuralFeature> conflicts = new ArrayList<>();

    private ProfileChanges() {
    }

    /** Compares the version both started from with this editor's and the stored one. */
    public static ProfileChanges of(Customer base, Customer mine, Customer theirs) {
        ProfileChanges changes = new ProfileChanges();
        for (EStructuralFeature feature : FIELDS) {
            boolean iChanged = !same(base, mine, feature);
            boolean theyChanged = !same(base, theirs, feature);
            if (theyChanged && !iChanged) {
                changes.theirsOnly.add(feature);
            } else if (iChanged && !theyChanged) {
                changes.mineOnly.add(feature);
            } else if (iChanged && !same(mine, theirs, feature)) {
                changes.conflicts.add(feature);
            }
        }
        return changes;
    }

    /** The fields that differ between two versions (what someone changed from {@code before} to {@code after}). */
    public static List<EStructuralFeature> changed(Customer before, Customer after) {
        return FIELDS.stream().filter(f -> !same(before, after, f)).toList();
    }

    /** Whether a field has the same value in both (contacts compared in full). */
    public static boolean same(Customer a, Customer b, EStructuralFeature feature) {
        Object x = a.eGet(feature);
        Object y = b.eGet(feature);
        if (x instanceof List<?> xs && y instanceof List<?> ys) {
            if (xs.size() != ys.size()) {
                return false;
            }
            for (int i = 0; i < xs.size(); i++) {
                Object p = xs.get(i);
                Object q = ys.get(i);
                boolean equal = p instanceof EObject e && q instanceof EObject f ? EcoreUtil.equals(e, f)
                        : Objects.equals(p, q);
                if (!equal) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(x, y);
    }

    /** The fields only the other person changed: taken from the stored version without asking. */
    public List<EStructuralFeature> theirsOnly() {
        return List.copyOf(theirsOnly);
    }

    /** The fields only this editor changed: saved as they are. */
    public List<EStructuralFeature> mineOnly() {
        return List.copyOf(mineOnly);
    }

    /** The fields both changed to different values: the user decides. */
    public List<EStructuralFeature> conflicts() {
        return List.copyOf(conflicts);
    }
}
