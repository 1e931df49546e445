/**
 */
package dev.candor.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.ChecklistItem#getCode <em>Code</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistItem#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistItem#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistItem#getWeight <em>Weight</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistItem#isCritical <em>Critical</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getChecklistItem()
 * @model
 * @generated
 */
public interface ChecklistItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see dev.candor.model.CandorPackage#getChecklistItem_Code()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dev.candor.model.CandorPackage#getChecklistItem_Title()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.candor.model.CandorPackage#getChecklistItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see dev.candor.model.CandorPackage#getChecklistItem_Weight()
	 * @model default="1.0" dataType="dev.candor.model.Weight"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistItem#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see dev.candor.model.CandorPackage#getChecklistItem_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistItem#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

} // ChecklistItem
