/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.Feedback;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getInteractionId <em>Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getReceivedAt <em>Received At</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getText <em>Text</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link dev.candor.model.impl.FeedbackImpl#getActionTaken <em>Action Taken</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends IdentifiableImpl implements Feedback {
	/**
	 * The default value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected static final long CUSTOMER_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCustomerId() <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerId()
	 * @generated
	 * @ordered
	 */
	protected long customerId = CUSTOMER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInteractionId() <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionId()
	 * @generated
	 * @ordered
	 */
	protected static final Long INTERACTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInteractionId() <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionId()
	 * @generated
	 * @ordered
	 */
	protected Long interactionId = INTERACTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedAt() <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date RECEIVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedAt() <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAt()
	 * @generated
	 * @ordered
	 */
	protected Date receivedAt = RECEIVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final int RATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected int rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ANSWERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected Date answeredAt = ANSWERED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_TAKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected String actionTaken = ACTION_TAKEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCustomerId() {
		return customerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerId(long newCustomerId) {
		long oldCustomerId = customerId;
		customerId = newCustomerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getInteractionId() {
		return interactionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInteractionId(Long newInteractionId) {
		Long oldInteractionId = interactionId;
		interactionId = newInteractionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__INTERACTION_ID, oldInteractionId, interactionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReceivedAt() {
		return receivedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedAt(Date newReceivedAt) {
		Date oldReceivedAt = receivedAt;
		receivedAt = newReceivedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__RECEIVED_AT, oldReceivedAt, receivedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(int newRating) {
		int oldRating = rating;
		rating = newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAnsweredAt() {
		return answeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredAt(Date newAnsweredAt) {
		Date oldAnsweredAt = answeredAt;
		answeredAt = newAnsweredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__ANSWERED_AT, oldAnsweredAt, answeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionTaken() {
		return actionTaken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionTaken(String newActionTaken) {
		String oldActionTaken = actionTaken;
		actionTaken = newActionTaken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.FEEDBACK__ACTION_TAKEN, oldActionTaken, actionTaken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.FEEDBACK__CUSTOMER_ID:
				return getCustomerId();
			case CandorPackage.FEEDBACK__INTERACTION_ID:
				return getInteractionId();
			case CandorPackage.FEEDBACK__RECEIVED_AT:
				return getReceivedAt();
			case CandorPackage.FEEDBACK__RATING:
				return getRating();
			case CandorPackage.FEEDBACK__TEXT:
				return getText();
			case CandorPackage.FEEDBACK__ANSWERED_AT:
				return getAnsweredAt();
			case CandorPackage.FEEDBACK__ACTION_TAKEN:
				return getActionTaken();
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
			case CandorPackage.FEEDBACK__CUSTOMER_ID:
				setCustomerId((Long)newValue);
				return;
			case CandorPackage.FEEDBACK__INTERACTION_ID:
				setInteractionId((Long)newValue);
				return;
			case CandorPackage.FEEDBACK__RECEIVED_AT:
				setReceivedAt((Date)newValue);
				return;
			case CandorPackage.FEEDBACK__RATING:
				setRating((Integer)newValue);
				return;
			case CandorPackage.FEEDBACK__TEXT:
				setText((String)newValue);
				return;
			case CandorPackage.FEEDBACK__ANSWERED_AT:
				setAnsweredAt((Date)newValue);
				return;
			case CandorPackage.FEEDBACK__ACTION_TAKEN:
				setActionTaken((String)newValue);
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
			case CandorPackage.FEEDBACK__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__INTERACTION_ID:
				setInteractionId(INTERACTION_ID_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__RECEIVED_AT:
				setReceivedAt(RECEIVED_AT_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__ANSWERED_AT:
				setAnsweredAt(ANSWERED_AT_EDEFAULT);
				return;
			case CandorPackage.FEEDBACK__ACTION_TAKEN:
				setActionTaken(ACTION_TAKEN_EDEFAULT);
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
			case CandorPackage.FEEDBACK__CUSTOMER_ID:
				return customerId != CUSTOMER_ID_EDEFAULT;
			case CandorPackage.FEEDBACK__INTERACTION_ID:
				return INTERACTION_ID_EDEFAULT == null ? interactionId != null : !INTERACTION_ID_EDEFAULT.equals(interactionId);
			case CandorPackage.FEEDBACK__RECEIVED_AT:
				return RECEIVED_AT_EDEFAULT == null ? receivedAt != null : !RECEIVED_AT_EDEFAULT.equals(receivedAt);
			case CandorPackage.FEEDBACK__RATING:
				return rating != RATING_EDEFAULT;
			case CandorPackage.FEEDBACK__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CandorPackage.FEEDBACK__ANSWERED_AT:
				return ANSWERED_AT_EDEFAULT == null ? answeredAt != null : !ANSWERED_AT_EDEFAULT.equals(answeredAt);
			case CandorPackage.FEEDBACK__ACTION_TAKEN:
				return ACTION_TAKEN_EDEFAULT == null ? actionTaken != null : !ACTION_TAKEN_EDEFAULT.equals(actionTaken);
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
		result.append(" (customerId: ");
		result.append(customerId);
		result.append(", interactionId: ");
		result.append(interactionId);
		result.append(", receivedAt: ");
		result.append(receivedAt);
		result.append(", rating: ");
		result.append(rating);
		result.append(", text: ");
		result.append(text);
		result.append(", answeredAt: ");
		result.append(answeredAt);
		result.append(", actionTaken: ");
		result.append(actionTaken);
		result.append(')');
		return result.toString();
	}

} //FeedbackImpl
