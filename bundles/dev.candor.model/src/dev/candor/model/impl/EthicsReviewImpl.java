/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.EthicsReview;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ethics Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getInteractionId <em>Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getScore <em>Score</em>}</li>
 *   <li>{@link dev.candor.model.impl.EthicsReviewImpl#getVerdicts <em>Verdicts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EthicsReviewImpl extends IdentifiableImpl implements EthicsReview {
	/**
	 * The default value of the '{@link #getInteractionId() <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionId()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERACTION_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInteractionId() <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionId()
	 * @generated
	 * @ordered
	 */
	protected long interactionId = INTERACTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected static final long TEMPLATE_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected long templateId = TEMPLATE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected int templateVersion = TEMPLATE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewKind KIND_EDEFAULT = ReviewKind.SELF;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReviewKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVIEWED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected Date reviewedAt = REVIEWED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerdicts() <em>Verdicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdicts()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemVerdict> verdicts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EthicsReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.ETHICS_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInteractionId() {
		return interactionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInteractionId(long newInteractionId) {
		long oldInteractionId = interactionId;
		interactionId = newInteractionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__INTERACTION_ID, oldInteractionId, interactionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTemplateId() {
		return templateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateId(long newTemplateId) {
		long oldTemplateId = templateId;
		templateId = newTemplateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__TEMPLATE_ID, oldTemplateId, templateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateVersion() {
		return templateVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateVersion(int newTemplateVersion) {
		int oldTemplateVersion = templateVersion;
		templateVersion = newTemplateVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__TEMPLATE_VERSION, oldTemplateVersion, templateVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReviewKind newKind) {
		ReviewKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReviewedAt() {
		return reviewedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedAt(Date newReviewedAt) {
		Date oldReviewedAt = reviewedAt;
		reviewedAt = newReviewedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__REVIEWED_AT, oldReviewedAt, reviewedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.ETHICS_REVIEW__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemVerdict> getVerdicts() {
		if (verdicts == null) {
			verdicts = new EObjectContainmentEList<ItemVerdict>(ItemVerdict.class, this, CandorPackage.ETHICS_REVIEW__VERDICTS);
		}
		return verdicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CandorPackage.ETHICS_REVIEW__VERDICTS:
				return ((InternalEList<?>)getVerdicts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.ETHICS_REVIEW__INTERACTION_ID:
				return getInteractionId();
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_ID:
				return getTemplateId();
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_VERSION:
				return getTemplateVersion();
			case CandorPackage.ETHICS_REVIEW__REVIEWER:
				return getReviewer();
			case CandorPackage.ETHICS_REVIEW__KIND:
				return getKind();
			case CandorPackage.ETHICS_REVIEW__REVIEWED_AT:
				return getReviewedAt();
			case CandorPackage.ETHICS_REVIEW__SCORE:
				return getScore();
			case CandorPackage.ETHICS_REVIEW__VERDICTS:
				return getVerdicts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CandorPackage.ETHICS_REVIEW__INTERACTION_ID:
				setInteractionId((Long)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_ID:
				setTemplateId((Long)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_VERSION:
				setTemplateVersion((Integer)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__KIND:
				setKind((ReviewKind)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__REVIEWED_AT:
				setReviewedAt((Date)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__SCORE:
				setScore((Double)newValue);
				return;
			case CandorPackage.ETHICS_REVIEW__VERDICTS:
				getVerdicts().clear();
				getVerdicts().addAll((Collection<? extends ItemVerdict>)newValue);
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
			case CandorPackage.ETHICS_REVIEW__INTERACTION_ID:
				setInteractionId(INTERACTION_ID_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_ID:
				setTemplateId(TEMPLATE_ID_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_VERSION:
				setTemplateVersion(TEMPLATE_VERSION_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__REVIEWED_AT:
				setReviewedAt(REVIEWED_AT_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case CandorPackage.ETHICS_REVIEW__VERDICTS:
				getVerdicts().clear();
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
			case CandorPackage.ETHICS_REVIEW__INTERACTION_ID:
				return interactionId != INTERACTION_ID_EDEFAULT;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_ID:
				return templateId != TEMPLATE_ID_EDEFAULT;
			case CandorPackage.ETHICS_REVIEW__TEMPLATE_VERSION:
				return templateVersion != TEMPLATE_VERSION_EDEFAULT;
			case CandorPackage.ETHICS_REVIEW__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CandorPackage.ETHICS_REVIEW__KIND:
				return kind != KIND_EDEFAULT;
			case CandorPackage.ETHICS_REVIEW__REVIEWED_AT:
				return REVIEWED_AT_EDEFAULT == null ? reviewedAt != null : !REVIEWED_AT_EDEFAULT.equals(reviewedAt);
			case CandorPackage.ETHICS_REVIEW__SCORE:
				return score != SCORE_EDEFAULT;
			case CandorPackage.ETHICS_REVIEW__VERDICTS:
				return verdicts != null && !verdicts.isEmpty();
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
		result.append(" (interactionId: ");
		result.append(interactionId);
		result.append(", templateId: ");
		result.append(templateId);
		result.append(", templateVersion: ");
		result.append(templateVersion);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", kind: ");
		result.append(kind);
		result.append(", reviewedAt: ");
		result.append(reviewedAt);
		result.append(", score: ");
		result.append(score);
		result.append(')');
		return result.toString();
	}

} //EthicsReviewImpl
