/**
 */
package dev.candor.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ethics Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.EthicsReview#getInteractionId <em>Interaction Id</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getScore <em>Score</em>}</li>
 *   <li>{@link dev.candor.model.EthicsReview#getVerdicts <em>Verdicts</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getEthicsReview()
 * @model
 * @generated
 */
public interface EthicsReview extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Interaction Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interaction Id</em>' attribute.
	 * @see #setInteractionId(long)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_InteractionId()
	 * @model
	 * @generated
	 */
	long getInteractionId();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getInteractionId <em>Interaction Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interaction Id</em>' attribute.
	 * @see #getInteractionId()
	 * @generated
	 */
	void setInteractionId(long value);

	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(long)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_TemplateId()
	 * @model
	 * @generated
	 */
	long getTemplateId();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(long value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(int)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_TemplateVersion()
	 * @model
	 * @generated
	 */
	int getTemplateVersion();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(int value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_Reviewer()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.ReviewKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.ReviewKind
	 * @see #setKind(ReviewKind)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_Kind()
	 * @model
	 * @generated
	 */
	ReviewKind getKind();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.ReviewKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReviewKind value);

	/**
	 * Returns the value of the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed At</em>' attribute.
	 * @see #setReviewedAt(Date)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_ReviewedAt()
	 * @model required="true"
	 * @generated
	 */
	Date getReviewedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getReviewedAt <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed At</em>' attribute.
	 * @see #getReviewedAt()
	 * @generated
	 */
	void setReviewedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see dev.candor.model.CandorPackage#getEthicsReview_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link dev.candor.model.EthicsReview#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Verdicts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.candor.model.ItemVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdicts</em>' containment reference list.
	 * @see dev.candor.model.CandorPackage#getEthicsReview_Verdicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemVerdict> getVerdicts();

} // EthicsReview
