/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Verdict;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Verdict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getItemCode <em>Item Code</em>}</li>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getEvidenceStart <em>Evidence Start</em>}</li>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getEvidenceEnd <em>Evidence End</em>}</li>
 *   <li>{@link dev.candor.model.impl.ItemVerdictImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemVerdictImpl extends MinimalEObjectImpl.Container implements ItemVerdict {
	/**
	 * The default value of the '{@link #getItemCode() <em>Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemCode() <em>Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemCode()
	 * @generated
	 * @ordered
	 */
	protected String itemCode = ITEM_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.UNREVIEWED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceStart() <em>Evidence Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStart()
	 * @generated
	 * @ordered
	 */
	protected static final int EVIDENCE_START_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getEvidenceStart() <em>Evidence Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStart()
	 * @generated
	 * @ordered
	 */
	protected int evidenceStart = EVIDENCE_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceEnd() <em>Evidence End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int EVIDENCE_END_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getEvidenceEnd() <em>Evidence End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceEnd()
	 * @generated
	 * @ordered
	 */
	protected int evidenceEnd = EVIDENCE_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemVerdictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.ITEM_VERDICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemCode() {
		return itemCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemCode(String newItemCode) {
		String oldItemCode = itemCode;
		itemCode = newItemCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__ITEM_CODE, oldItemCode, itemCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvidenceStart() {
		return evidenceStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceStart(int newEvidenceStart) {
		int oldEvidenceStart = evidenceStart;
		evidenceStart = newEvidenceStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__EVIDENCE_START, oldEvidenceStart, evidenceStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvidenceEnd() {
		return evidenceEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceEnd(int newEvidenceEnd) {
		int oldEvidenceEnd = evidenceEnd;
		evidenceEnd = newEvidenceEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__EVIDENCE_END, oldEvidenceEnd, evidenceEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ITEM_VERDICT__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.ITEM_VERDICT__ITEM_CODE:
				return getItemCode();
			case CandorPackage.ITEM_VERDICT__VERDICT:
				return getVerdict();
			case CandorPackage.ITEM_VERDICT__EVIDENCE:
				return getEvidence();
			case CandorPackage.ITEM_VERDICT__EVIDENCE_START:
				return getEvidenceStart();
			case CandorPackage.ITEM_VERDICT__EVIDENCE_END:
				return getEvidenceEnd();
			case CandorPackage.ITEM_VERDICT__COMMENT:
				return getComment();
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
			case CandorPackage.ITEM_VERDICT__ITEM_CODE:
				setItemCode((String)newValue);
				return;
			case CandorPackage.ITEM_VERDICT__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE_START:
				setEvidenceStart((Integer)newValue);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE_END:
				setEvidenceEnd((Integer)newValue);
				return;
			case CandorPackage.ITEM_VERDICT__COMMENT:
				setComment((String)newValue);
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
			case CandorPackage.ITEM_VERDICT__ITEM_CODE:
				setItemCode(ITEM_CODE_EDEFAULT);
				return;
			case CandorPackage.ITEM_VERDICT__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE_START:
				setEvidenceStart(EVIDENCE_START_EDEFAULT);
				return;
			case CandorPackage.ITEM_VERDICT__EVIDENCE_END:
				setEvidenceEnd(EVIDENCE_END_EDEFAULT);
				return;
			case CandorPackage.ITEM_VERDICT__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case CandorPackage.ITEM_VERDICT__ITEM_CODE:
				return ITEM_CODE_EDEFAULT == null ? itemCode != null : !ITEM_CODE_EDEFAULT.equals(itemCode);
			case CandorPackage.ITEM_VERDICT__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case CandorPackage.ITEM_VERDICT__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case CandorPackage.ITEM_VERDICT__EVIDENCE_START:
				return evidenceStart != EVIDENCE_START_EDEFAULT;
			case CandorPackage.ITEM_VERDICT__EVIDENCE_END:
				return evidenceEnd != EVIDENCE_END_EDEFAULT;
			case CandorPackage.ITEM_VERDICT__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (itemCode: ");
		result.append(itemCode);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", evidenceStart: ");
		result.append(evidenceStart);
		result.append(", evidenceEnd: ");
		result.append(evidenceEnd);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //ItemVerdictImpl
