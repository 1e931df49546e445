/**
 */
package dev.candor.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.ChecklistTemplate#getName <em>Name</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistTemplate#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistTemplate#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistTemplate#isActive <em>Active</em>}</li>
 *   <li>{@link dev.candor.model.ChecklistTemplate#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getChecklistTemplate()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='UniqueItemCodes'"
 * @generated
 */
public interface ChecklistTemplate extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.candor.model.CandorPackage#getChecklistTemplate_Name()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(int)
	 * @see dev.candor.model.CandorPackage#getChecklistTemplate_TemplateVersion()
	 * @model default="1"
	 * @generated
	 */
	int getTemplateVersion();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistTemplate#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(int value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link dev.candor.model.Channel}.
	 * The literals are from the enumeration {@link dev.candor.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see dev.candor.model.Channel
	 * @see dev.candor.model.CandorPackage#getChecklistTemplate_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see dev.candor.model.CandorPackage#getChecklistTemplate_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link dev.candor.model.ChecklistTemplate#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link dev.candor.model.ChecklistItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see dev.candor.model.CandorPackage#getChecklistTemplate_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistItem> getItems();

} // ChecklistTemplate
