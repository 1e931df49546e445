/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link dev.candor.model.impl.InteractionImpl#isAwaitingResponse <em>Awaiting Response</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionImpl extends IdentifiableImpl implements Interaction {
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
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.PHONE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INBOUND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ENDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected Date endedAt = ENDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<String> participants;

	/**
	 * The default value of the '{@link #getAccountManager() <em>Account Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountManager()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_MANAGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountManager() <em>Account Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountManager()
	 * @generated
	 * @ordered
	 */
	protected String accountManager = ACCOUNT_MANAGER_EDEFAULT;

	/**
	 * The default value of the '{@link #isAwaitingResponse() <em>Awaiting Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAwaitingResponse()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AWAITING_RESPONSE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAwaitingResponse() <em>Awaiting Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAwaitingResponse()
	 * @generated
	 * @ordered
	 */
	protected boolean awaitingResponse = AWAITING_RESPONSE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.INTERACTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(Date newEndedAt) {
		Date oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParticipants() {
		if (participants == null) {
			participants = new EDataTypeUniqueEList<String>(String.class, this, CandorPackage.INTERACTION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountManager() {
		return accountManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountManager(String newAccountManager) {
		String oldAccountManager = accountManager;
		accountManager = newAccountManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__ACCOUNT_MANAGER, oldAccountManager, accountManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAwaitingResponse() {
		return awaitingResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwaitingResponse(boolean newAwaitingResponse) {
		boolean oldAwaitingResponse = awaitingResponse;
		awaitingResponse = newAwaitingResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.INTERACTION__AWAITING_RESPONSE, oldAwaitingResponse, awaitingResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.INTERACTION__CUSTOMER_ID:
				return getCustomerId();
			case CandorPackage.INTERACTION__CHANNEL:
				return getChannel();
			case CandorPackage.INTERACTION__DIRECTION:
				return getDirection();
			case CandorPackage.INTERACTION__STARTED_AT:
				return getStartedAt();
			case CandorPackage.INTERACTION__ENDED_AT:
				return getEndedAt();
			case CandorPackage.INTERACTION__SUBJECT:
				return getSubject();
			case CandorPackage.INTERACTION__NOTES:
				return getNotes();
			case CandorPackage.INTERACTION__PARTICIPANTS:
				return getParticipants();
			case CandorPackage.INTERACTION__ACCOUNT_MANAGER:
				return getAccountManager();
			case CandorPackage.INTERACTION__AWAITING_RESPONSE:
				return isAwaitingResponse();
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
			case CandorPackage.INTERACTION__CUSTOMER_ID:
				setCustomerId((Long)newValue);
				return;
			case CandorPackage.INTERACTION__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CandorPackage.INTERACTION__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case CandorPackage.INTERACTION__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case CandorPackage.INTERACTION__ENDED_AT:
				setEndedAt((Date)newValue);
				return;
			case CandorPackage.INTERACTION__SUBJECT:
				setSubject((String)newValue);
				return;
			case CandorPackage.INTERACTION__NOTES:
				setNotes((String)newValue);
				return;
			case CandorPackage.INTERACTION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends String>)newValue);
				return;
			case CandorPackage.INTERACTION__ACCOUNT_MANAGER:
				setAccountManager((String)newValue);
				return;
			case CandorPackage.INTERACTION__AWAITING_RESPONSE:
				setAwaitingResponse((Boolean)newValue);
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
			case CandorPackage.INTERACTION__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case CandorPackage.INTERACTION__ACCOUNT_MANAGER:
				setAccountManager(ACCOUNT_MANAGER_EDEFAULT);
				return;
			case CandorPackage.INTERACTION__AWAITING_RESPONSE:
				setAwaitingResponse(AWAITING_RESPONSE_EDEFAULT);
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
			case CandorPackage.INTERACTION__CUSTOMER_ID:
				return customerId != CUSTOMER_ID_EDEFAULT;
			case CandorPackage.INTERACTION__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case CandorPackage.INTERACTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CandorPackage.INTERACTION__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case CandorPackage.INTERACTION__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case CandorPackage.INTERACTION__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case CandorPackage.INTERACTION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CandorPackage.INTERACTION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case CandorPackage.INTERACTION__ACCOUNT_MANAGER:
				return ACCOUNT_MANAGER_EDEFAULT == null ? accountManager != null : !ACCOUNT_MANAGER_EDEFAULT.equals(accountManager);
			case CandorPackage.INTERACTION__AWAITING_RESPONSE:
				return awaitingResponse != AWAITING_RESPONSE_EDEFAULT;
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
		result.append(", channel: ");
		result.append(channel);
		result.append(", direction: ");
		result.append(direction);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", subject: ");
		result.append(subject);
		result.append(", notes: ");
		result.append(notes);
		result.append(", participants: ");
		result.append(participants);
		result.append(", accountManager: ");
		result.append(accountManager);
		result.append(", awaitingResponse: ");
		result.append(awaitingResponse);
		result.append(')');
		return result.toString();
	}

} //InteractionImpl
