/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentStatus;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commitment Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getChangedAt <em>Changed At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getFromStatus <em>From Status</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getToStatus <em>To Status</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getPreviousDueAt <em>Previous Due At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getNewDueAt <em>New Due At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentChangeImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentChangeImpl extends MinimalEObjectImpl.Container implements CommitmentChange {
	/**
	 * The default value of the '{@link #getChangedAt() <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CHANGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangedAt() <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedAt()
	 * @generated
	 * @ordered
	 */
	protected Date changedAt = CHANGED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangedBy() <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangedBy() <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected String changedBy = CHANGED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromStatus() <em>From Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentStatus FROM_STATUS_EDEFAULT = CommitmentStatus.OPEN;

	/**
	 * The cached value of the '{@link #getFromStatus() <em>From Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromStatus()
	 * @generated
	 * @ordered
	 */
	protected CommitmentStatus fromStatus = FROM_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToStatus() <em>To Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentStatus TO_STATUS_EDEFAULT = CommitmentStatus.OPEN;

	/**
	 * The cached value of the '{@link #getToStatus() <em>To Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToStatus()
	 * @generated
	 * @ordered
	 */
	protected CommitmentStatus toStatus = TO_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousDueAt() <em>Previous Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDueAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PREVIOUS_DUE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousDueAt() <em>Previous Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousDueAt()
	 * @generated
	 * @ordered
	 */
	protected Date previousDueAt = PREVIOUS_DUE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewDueAt() <em>New Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDueAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date NEW_DUE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewDueAt() <em>New Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDueAt()
	 * @generated
	 * @ordered
	 */
	protected Date newDueAt = NEW_DUE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.COMMITMENT_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getChangedAt() {
		return changedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedAt(Date newChangedAt) {
		Date oldChangedAt = changedAt;
		changedAt = newChangedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__CHANGED_AT, oldChangedAt, changedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangedBy() {
		return changedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedBy(String newChangedBy) {
		String oldChangedBy = changedBy;
		changedBy = newChangedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__CHANGED_BY, oldChangedBy, changedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentStatus getFromStatus() {
		return fromStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromStatus(CommitmentStatus newFromStatus) {
		CommitmentStatus oldFromStatus = fromStatus;
		fromStatus = newFromStatus == null ? FROM_STATUS_EDEFAULT : newFromStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__FROM_STATUS, oldFromStatus, fromStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentStatus getToStatus() {
		return toStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToStatus(CommitmentStatus newToStatus) {
		CommitmentStatus oldToStatus = toStatus;
		toStatus = newToStatus == null ? TO_STATUS_EDEFAULT : newToStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__TO_STATUS, oldToStatus, toStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPreviousDueAt() {
		return previousDueAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousDueAt(Date newPreviousDueAt) {
		Date oldPreviousDueAt = previousDueAt;
		previousDueAt = newPreviousDueAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__PREVIOUS_DUE_AT, oldPreviousDueAt, previousDueAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNewDueAt() {
		return newDueAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewDueAt(Date newNewDueAt) {
		Date oldNewDueAt = newDueAt;
		newDueAt = newNewDueAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__NEW_DUE_AT, oldNewDueAt, newDueAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT_CHANGE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_AT:
				return getChangedAt();
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_BY:
				return getChangedBy();
			case CandorPackage.COMMITMENT_CHANGE__FROM_STATUS:
				return getFromStatus();
			case CandorPackage.COMMITMENT_CHANGE__TO_STATUS:
				return getToStatus();
			case CandorPackage.COMMITMENT_CHANGE__PREVIOUS_DUE_AT:
				return getPreviousDueAt();
			case CandorPackage.COMMITMENT_CHANGE__NEW_DUE_AT:
				return getNewDueAt();
			case CandorPackage.COMMITMENT_CHANGE__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_AT:
				setChangedAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_BY:
				setChangedBy((String)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__FROM_STATUS:
				setFromStatus((CommitmentStatus)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__TO_STATUS:
				setToStatus((CommitmentStatus)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__PREVIOUS_DUE_AT:
				setPreviousDueAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__NEW_DUE_AT:
				setNewDueAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT_CHANGE__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_AT:
				setChangedAt(CHANGED_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_BY:
				setChangedBy(CHANGED_BY_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__FROM_STATUS:
				setFromStatus(FROM_STATUS_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__TO_STATUS:
				setToStatus(TO_STATUS_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__PREVIOUS_DUE_AT:
				setPreviousDueAt(PREVIOUS_DUE_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__NEW_DUE_AT:
				setNewDueAt(NEW_DUE_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT_CHANGE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_AT:
				return CHANGED_AT_EDEFAULT == null ? changedAt != null : !CHANGED_AT_EDEFAULT.equals(changedAt);
			case CandorPackage.COMMITMENT_CHANGE__CHANGED_BY:
				return CHANGED_BY_EDEFAULT == null ? changedBy != null : !CHANGED_BY_EDEFAULT.equals(changedBy);
			case CandorPackage.COMMITMENT_CHANGE__FROM_STATUS:
				return fromStatus != FROM_STATUS_EDEFAULT;
			case CandorPackage.COMMITMENT_CHANGE__TO_STATUS:
				return toStatus != TO_STATUS_EDEFAULT;
			case CandorPackage.COMMITMENT_CHANGE__PREVIOUS_DUE_AT:
				return PREVIOUS_DUE_AT_EDEFAULT == null ? previousDueAt != null : !PREVIOUS_DUE_AT_EDEFAULT.equals(previousDueAt);
			case CandorPackage.COMMITMENT_CHANGE__NEW_DUE_AT:
				return NEW_DUE_AT_EDEFAULT == null ? newDueAt != null : !NEW_DUE_AT_EDEFAULT.equals(newDueAt);
			case CandorPackage.COMMITMENT_CHANGE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (changedAt: ");
		result.append(changedAt);
		result.append(", changedBy: ");
		result.append(changedBy);
		result.append(", fromStatus: ");
		result.append(fromStatus);
		result.append(", toStatus: ");
		result.append(toStatus);
		result.append(", previousDueAt: ");
		result.append(previousDueAt);
		result.append(", newDueAt: ");
		result.append(newDueAt);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //CommitmentChangeImpl
