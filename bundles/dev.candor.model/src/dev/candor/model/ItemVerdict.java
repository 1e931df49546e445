/**
 */
package dev.candor.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Verdict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.ItemVerdict#getItemCode <em>Item Code</em>}</li>
 *   <li>{@link dev.candor.model.ItemVerdict#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link dev.candor.model.ItemVerdict#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.candor.model.ItemVerdict#getEvidenceStart <em>Evidence Start</em>}</li>
 *   <li>{@link dev.candor.model.ItemVerdict#getEvidenceEnd <em>Evidence End</em>}</li>
 *   <li>{@link dev.candor.model.ItemVerdict#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getItemVerdict()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='EvidenceSpanOrdered'"
 * @generated
 */
public interface ItemVerdict extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Code</em>' attribute.
	 * @see #setItemCode(String)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_ItemCode()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getItemCode();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getItemCode <em>Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Code</em>' attribute.
	 * @see #getItemCode()
	 * @generated
	 */
	void setItemCode(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see dev.candor.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see dev.candor.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Start</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Start</em>' attribute.
	 * @see #setEvidenceStart(int)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_EvidenceStart()
	 * @model default="-1"
	 * @generated
	 */
	int getEvidenceStart();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getEvidenceStart <em>Evidence Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Start</em>' attribute.
	 * @see #getEvidenceStart()
	 * @generated
	 */
	void setEvidenceStart(int value);

	/**
	 * Returns the value of the '<em><b>Evidence End</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence End</em>' attribute.
	 * @see #setEvidenceEnd(int)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_EvidenceEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getEvidenceEnd();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getEvidenceEnd <em>Evidence End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence End</em>' attribute.
	 * @see #getEvidenceEnd()
	 * @generated
	 */
	void setEvidenceEnd(int value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see dev.candor.model.CandorPackage#getItemVerdict_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link dev.candor.model.ItemVerdict#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // ItemVerdict
