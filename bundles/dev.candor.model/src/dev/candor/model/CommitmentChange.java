/**
 */
package dev.candor.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.CommitmentChange#getChangedAt <em>Changed At</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getFromStatus <em>From Status</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getToStatus <em>To Status</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getPreviousDueAt <em>Previous Due At</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getNewDueAt <em>New Due At</em>}</li>
 *   <li>{@link dev.candor.model.CommitmentChange#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getCommitmentChange()
 * @model
 * @generated
 */
public interface CommitmentChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed At</em>' attribute.
	 * @see #setChangedAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_ChangedAt()
	 * @model required="true"
	 * @generated
	 */
	Date getChangedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getChangedAt <em>Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed At</em>' attribute.
	 * @see #getChangedAt()
	 * @generated
	 */
	void setChangedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed By</em>' attribute.
	 * @see #setChangedBy(String)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_ChangedBy()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getChangedBy();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getChangedBy <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed By</em>' attribute.
	 * @see #getChangedBy()
	 * @generated
	 */
	void setChangedBy(String value);

	/**
	 * Returns the value of the '<em><b>From Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #setFromStatus(CommitmentStatus)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_FromStatus()
	 * @model
	 * @generated
	 */
	CommitmentStatus getFromStatus();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getFromStatus <em>From Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #getFromStatus()
	 * @generated
	 */
	void setFromStatus(CommitmentStatus value);

	/**
	 * Returns the value of the '<em><b>To Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #setToStatus(CommitmentStatus)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_ToStatus()
	 * @model
	 * @generated
	 */
	CommitmentStatus getToStatus();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getToStatus <em>To Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Status</em>' attribute.
	 * @see dev.candor.model.CommitmentStatus
	 * @see #getToStatus()
	 * @generated
	 */
	void setToStatus(CommitmentStatus value);

	/**
	 * Returns the value of the '<em><b>Previous Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Due At</em>' attribute.
	 * @see #setPreviousDueAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_PreviousDueAt()
	 * @model
	 * @generated
	 */
	Date getPreviousDueAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getPreviousDueAt <em>Previous Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Due At</em>' attribute.
	 * @see #getPreviousDueAt()
	 * @generated
	 */
	void setPreviousDueAt(Date value);

	/**
	 * Returns the value of the '<em><b>New Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Due At</em>' attribute.
	 * @see #setNewDueAt(Date)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_NewDueAt()
	 * @model
	 * @generated
	 */
	Date getNewDueAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getNewDueAt <em>New Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Due At</em>' attribute.
	 * @see #getNewDueAt()
	 * @generated
	 */
	void setNewDueAt(Date value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dev.candor.model.CandorPackage#getCommitmentChange_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dev.candor.model.CommitmentChange#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // CommitmentChange
