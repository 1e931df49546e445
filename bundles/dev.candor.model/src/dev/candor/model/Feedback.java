/**
 */
package dev.candor.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.Feedback#getCustomerId <em>Customer Id</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getInteractionId <em>Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getReceivedAt <em>Received At</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getRating <em>Rating</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getText <em>Text</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link dev.candor.model.Feedback#getActionTaken <em>Action Taken</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getFeedback()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='AnsweredAfterReceived'"
 * @generated
 */
public interface Feedback extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Id</em>' attribute.
	 * @see #setCustomerId(long)
	 * @see dev.candor.model.CandorPackage#getFeedback_CustomerId()
	 * @model
	 * @generated
	 */
	long getCustomerId();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getCustomerId <em>Customer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Id</em>' attribute.
	 * @see #getCustomerId()
	 * @generated
	 */
	void setCustomerId(long value);

	/**
	 * Returns the value of the '<em><b>Interaction Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interaction Id</em>' attribute.
	 * @see #setInteractionId(Long)
	 * @see dev.candor.model.CandorPackage#getFeedback_InteractionId()
	 * @model
	 * @generated
	 */
	Long getInteractionId();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getInteractionId <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Id</em>' attribute.
	 * @see #getInteractionId()
	 * @generated
	 */
	void setInteractionId(Long value);

	/**
	 * Returns the value of the '<em><b>Received At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Received At</em>' attribute.
	 * @see #setReceivedAt(Date)
	 * @see dev.candor.model.CandorPackage#getFeedback_ReceivedAt()
	 * @model required="true"
	 * @generated
	 */
	Date getReceivedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getReceivedAt <em>Received At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received At</em>' attribute.
	 * @see #getReceivedAt()
	 * @generated
	 */
	void setReceivedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(int)
	 * @see dev.candor.model.CandorPackage#getFeedback_Rating()
	 * @model dataType="dev.candor.model.Rating"
	 * @generated
	 */
	int getRating();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see dev.candor.model.CandorPackage#getFeedback_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered At</em>' attribute.
	 * @see #setAnsweredAt(Date)
	 * @see dev.candor.model.CandorPackage#getFeedback_AnsweredAt()
	 * @model
	 * @generated
	 */
	Date getAnsweredAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getAnsweredAt <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered At</em>' attribute.
	 * @see #getAnsweredAt()
	 * @generated
	 */
	void setAnsweredAt(Date value);

	/**
	 * Returns the value of the '<em><b>Action Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Taken</em>' attribute.
	 * @see #setActionTaken(String)
	 * @see dev.candor.model.CandorPackage#getFeedback_ActionTaken()
	 * @model
	 * @generated
	 */
	String getActionTaken();

	/**
	 * Sets the value of the '{@link dev.candor.model.Feedback#getActionTaken <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Taken</em>' attribute.
	 * @see #getActionTaken()
	 * @generated
	 */
	void setActionTaken(String value);

} // Feedback
