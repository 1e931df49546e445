/**
 */
package dev.candor.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.Commitment#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getPromisedTo <em>Promised To</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getDueAt <em>Due At</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getPriority <em>Priority</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getSourceInteractionId <em>Source Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link dev.candor.model.Commitment#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getCommitment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DueAfterCreation RenegotiationExplained'"
 * @generated
 */
public interface Commitment extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(long)
	 * @see dev.candor.model.CandorPackage#getCommitment_CustomerId()
	 * @model
	 * @generated
	 */
	long getCustomerId();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(long value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.candor.model.CandorPackage#getCommitment_Description()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 *        annotation="http://www.eclipse.org/emf/2002/Ecore documentation='What was promised, in the words given to the customer.'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Promised To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promised To</em>' attribute.
	 * @see #setPromisedTo(String)
	 * @see dev.candor.model.CandorPackage#getCommitment_PromisedTo()
	 * @model
	 * @generated
	 */
	String getPromisedTo();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getPromisedTo <em>Promised To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promised To</em>' attribute.
	 * @see #getPromisedTo()
	 * @generated
	 */
	void setPromisedTo(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.candor.model.CandorPackage#getCommitment_Owner()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitment_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due At</em>' attribute.
	 * @see #setDueAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitment_DueAt()
	 * @model required="true"
	 * @generated
	 */
	Date getDueAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getDueAt <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due At</em>' attribute.
	 * @see #getDueAt()
	 * @generated
	 */
	void setDueAt(Date value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"medium"</code>.
	 * The literals are from the enumeration {@link dev.candor.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see dev.candor.model.Priority
	 * @see #setPriority(Priority)
	 * @see dev.candor.model.CandorPackage#getCommitment_Priority()
	 * @model default="medium"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see dev.candor.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #setStatus(CommitmentStatus)
	 * @see dev.candor.model.CandorPackage#getCommitment_Status()
	 * @model
	 * @generated
	 */
	CommitmentStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CommitmentStatus value);

	/**
	 * Returns the value of the '<em><b>Source Interaction Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Interaction Id</em>' attribute.
	 * @see #setSourceInteractionId(Long)
	 * @see dev.candor.model.CandorPackage#getCommitment_SourceInteractionId()
	 * @model
	 * @generated
	 */
	Long getSourceInteractionId();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getSourceInteractionId <em>Source Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Interaction Id</em>' attribute.
	 * @see #getSourceInteractionId()
	 * @generated
	 */
	void setSourceInteractionId(Long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.CommitmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.CommitmentKind
	 * @see #setKind(CommitmentKind)
	 * @see dev.candor.model.CandorPackage#getCommitment_Kind()
	 * @model
	 * @generated
	 */
	CommitmentKind getKind();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.CommitmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CommitmentKind value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the commitment was kept, broken or cancelled; null while it is open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitment_ClosedAt()
	 * @model
	 * @generated
	 */
	Date getClosedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Commitment#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Date value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link dev.candor.model.CommitmentChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see dev.candor.model.CandorPackage#getCommitment_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<CommitmentChange> getHistory();

} // Commitment
