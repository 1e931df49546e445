/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;

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
 * An implementation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getPromisedTo <em>Promised To</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getDueAt <em>Due At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getSourceInteractionId <em>Source Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CommitmentImpl#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentImpl extends IdentifiableImpl implements Commitment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromisedTo() <em>Promised To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedTo()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMISED_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromisedTo() <em>Promised To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedTo()
	 * @generated
	 * @ordered
	 */
	protected String promisedTo = PROMISED_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected Date dueAt = DUE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.MEDIUM;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentStatus STATUS_EDEFAULT = CommitmentStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CommitmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceInteractionId() <em>Source Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceInteractionId()
	 * @generated
	 * @ordered
	 */
	protected static final Long SOURCE_INTERACTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceInteractionId() <em>Source Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceInteractionId()
	 * @generated
	 * @ordered
	 */
	protected Long sourceInteractionId = SOURCE_INTERACTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentKind KIND_EDEFAULT = CommitmentKind.PROMISE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CommitmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Date closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<CommitmentChange> history;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.COMMITMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__CUSTOMER_ID, oldCustomerId, customerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromisedTo() {
		return promisedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromisedTo(String newPromisedTo) {
		String oldPromisedTo = promisedTo;
		promisedTo = newPromisedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__PROMISED_TO, oldPromisedTo, promisedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueAt() {
		return dueAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueAt(Date newDueAt) {
		Date oldDueAt = dueAt;
		dueAt = newDueAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__DUE_AT, oldDueAt, dueAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CommitmentStatus newStatus) {
		CommitmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getSourceInteractionId() {
		return sourceInteractionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceInteractionId(Long newSourceInteractionId) {
		Long oldSourceInteractionId = sourceInteractionId;
		sourceInteractionId = newSourceInteractionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__SOURCE_INTERACTION_ID, oldSourceInteractionId, sourceInteractionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CommitmentKind newKind) {
		CommitmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Date newClosedAt) {
		Date oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.COMMITMENT__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommitmentChange> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<CommitmentChange>(CommitmentChange.class, this, CandorPackage.COMMITMENT__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CandorPackage.COMMITMENT__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
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
			case CandorPackage.COMMITMENT__CUSTOMER_ID:
				return getCustomerId();
			case CandorPackage.COMMITMENT__DESCRIPTION:
				return getDescription();
			case CandorPackage.COMMITMENT__PROMISED_TO:
				return getPromisedTo();
			case CandorPackage.COMMITMENT__OWNER:
				return getOwner();
			case CandorPackage.COMMITMENT__CREATED_AT:
				return getCreatedAt();
			case CandorPackage.COMMITMENT__DUE_AT:
				return getDueAt();
			case CandorPackage.COMMITMENT__PRIORITY:
				return getPriority();
			case CandorPackage.COMMITMENT__STATUS:
				return getStatus();
			case CandorPackage.COMMITMENT__SOURCE_INTERACTION_ID:
				return getSourceInteractionId();
			case CandorPackage.COMMITMENT__KIND:
				return getKind();
			case CandorPackage.COMMITMENT__CLOSED_AT:
				return getClosedAt();
			case CandorPackage.COMMITMENT__HISTORY:
				return getHistory();
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
			case CandorPackage.COMMITMENT__CUSTOMER_ID:
				setCustomerId((Long)newValue);
				return;
			case CandorPackage.COMMITMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CandorPackage.COMMITMENT__PROMISED_TO:
				setPromisedTo((String)newValue);
				return;
			case CandorPackage.COMMITMENT__OWNER:
				setOwner((String)newValue);
				return;
			case CandorPackage.COMMITMENT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT__DUE_AT:
				setDueAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case CandorPackage.COMMITMENT__STATUS:
				setStatus((CommitmentStatus)newValue);
				return;
			case CandorPackage.COMMITMENT__SOURCE_INTERACTION_ID:
				setSourceInteractionId((Long)newValue);
				return;
			case CandorPackage.COMMITMENT__KIND:
				setKind((CommitmentKind)newValue);
				return;
			case CandorPackage.COMMITMENT__CLOSED_AT:
				setClosedAt((Date)newValue);
				return;
			case CandorPackage.COMMITMENT__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends CommitmentChange>)newValue);
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
			case CandorPackage.COMMITMENT__CUSTOMER_ID:
				setCustomerId(CUSTOMER_ID_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__PROMISED_TO:
				setPromisedTo(PROMISED_TO_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__DUE_AT:
				setDueAt(DUE_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__SOURCE_INTERACTION_ID:
				setSourceInteractionId(SOURCE_INTERACTION_ID_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case CandorPackage.COMMITMENT__HISTORY:
				getHistory().clear();
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
			case CandorPackage.COMMITMENT__CUSTOMER_ID:
				return customerId != CUSTOMER_ID_EDEFAULT;
			case CandorPackage.COMMITMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CandorPackage.COMMITMENT__PROMISED_TO:
				return PROMISED_TO_EDEFAULT == null ? promisedTo != null : !PROMISED_TO_EDEFAULT.equals(promisedTo);
			case CandorPackage.COMMITMENT__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CandorPackage.COMMITMENT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CandorPackage.COMMITMENT__DUE_AT:
				return DUE_AT_EDEFAULT == null ? dueAt != null : !DUE_AT_EDEFAULT.equals(dueAt);
			case CandorPackage.COMMITMENT__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case CandorPackage.COMMITMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case CandorPackage.COMMITMENT__SOURCE_INTERACTION_ID:
				return SOURCE_INTERACTION_ID_EDEFAULT == null ? sourceInteractionId != null : !SOURCE_INTERACTION_ID_EDEFAULT.equals(sourceInteractionId);
			case CandorPackage.COMMITMENT__KIND:
				return kind != KIND_EDEFAULT;
			case CandorPackage.COMMITMENT__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case CandorPackage.COMMITMENT__HISTORY:
				return history != null && !history.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", promisedTo: ");
		result.append(promisedTo);
		result.append(", owner: ");
		result.append(owner);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", dueAt: ");
		result.append(dueAt);
		result.append(", priority: ");
		result.append(priority);
		result.append(", status: ");
		result.append(status);
		result.append(", sourceInteractionId: ");
		result.append(sourceInteractionId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(')');
		return result.toString();
	}

} //CommitmentImpl
