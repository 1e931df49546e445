/**
 */
package dev.candor.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.Interaction#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getChannel <em>Channel</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getSubject <em>Subject</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getParticipants <em>Participants</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link dev.candor.model.Interaction#isAwaitingResponse <em>Awaiting Response</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getInteraction()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='EndsAfterStart'"
 * @generated
 */
public interface Interaction extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(long)
	 * @see dev.candor.model.CandorPackage#getInteraction_CustomerId()
	 * @model
	 * @generated
	 */
	long getCustomerId();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(long value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see dev.candor.model.Channel
	 * @see #setChannel(Channel)
	 * @see dev.candor.model.CandorPackage#getInteraction_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see dev.candor.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see dev.candor.model.Direction
	 * @see #setDirection(Direction)
	 * @see dev.candor.model.CandorPackage#getInteraction_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see dev.candor.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see dev.candor.model.CandorPackage#getInteraction_StartedAt()
	 * @model required="true"
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Date)
	 * @see dev.candor.model.CandorPackage#getInteraction_EndedAt()
	 * @model
	 * @generated
	 */
	Date getEndedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see dev.candor.model.CandorPackage#getInteraction_Subject()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see dev.candor.model.CandorPackage#getInteraction_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' attribute list.
	 * @see dev.candor.model.CandorPackage#getInteraction_Participants()
	 * @model
	 * @generated
	 */
	EList<String> getParticipants();

	/**
	 * Returns the value of the '<em><b>Account Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Manager</em>' attribute.
	 * @see #setAccountManager(String)
	 * @see dev.candor.model.CandorPackage#getInteraction_AccountManager()
	 * @model
	 * @generated
	 */
	String getAccountManager();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#getAccountManager <em>Account Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Manager</em>' attribute.
	 * @see #getAccountManager()
	 * @generated
	 */
	void setAccountManager(String value);

	/**
	 * Returns the value of the '<em><b>Awaiting Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Awaiting Response</em>' attribute.
	 * @see #setAwaitingResponse(boolean)
	 * @see dev.candor.model.CandorPackage#getInteraction_AwaitingResponse()
	 * @model
	 * @generated
	 */
	boolean isAwaitingResponse();

	/**
	 * Sets the value of the '{@link dev.candor.model.Interaction#isAwaitingResponse <em>Awaiting Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awaiting Response</em>' attribute.
	 * @see #isAwaitingResponse()
	 * @generated
	 */
	void setAwaitingResponse(boolean value);

} // Interaction
