/**
 */
package dev.candor.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.Customer#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getEmail <em>Email</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getPhone <em>Phone</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getCity <em>City</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getCountry <em>Country</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getPreferredLanguage <em>Preferred Language</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getPreferredChannel <em>Preferred Channel</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.candor.model.Customer#isConsentMarketing <em>Consent Marketing</em>}</li>
 *   <li>{@link dev.candor.model.Customer#isConsentDataProcessing <em>Consent Data Processing</em>}</li>
 *   <li>{@link dev.candor.model.Customer#isConsentRecording <em>Consent Recording</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.candor.model.Customer#getContacts <em>Contacts</em>}</li>
 * </ul>
 *
 * @see dev.candor.model.CandorPackage#getCustomer()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='PreferredChannelReachable'"
 * @generated
 */
public interface Customer extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.CustomerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.CustomerKind
	 * @see #setKind(CustomerKind)
	 * @see dev.candor.model.CandorPackage#getCustomer_Kind()
	 * @model
	 * @generated
	 */
	CustomerKind getKind();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.candor.model.CustomerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CustomerKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Name()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Email()
	 * @model dataType="dev.candor.model.EmailAddress"
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Phone()
	 * @model dataType="dev.candor.model.PhoneNumber"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Language</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.Language}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Language</em>' attribute.
	 * @see dev.candor.model.Language
	 * @see #setPreferredLanguage(Language)
	 * @see dev.candor.model.CandorPackage#getCustomer_PreferredLanguage()
	 * @model
	 * @generated
	 */
	Language getPreferredLanguage();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getPreferredLanguage <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Language</em>' attribute.
	 * @see dev.candor.model.Language
	 * @see #getPreferredLanguage()
	 * @generated
	 */
	void setPreferredLanguage(Language value);

	/**
	 * Returns the value of the '<em><b>Preferred Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.candor.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Channel</em>' attribute.
	 * @see dev.candor.model.Channel
	 * @see #setPreferredChannel(Channel)
	 * @see dev.candor.model.CandorPackage#getCustomer_PreferredChannel()
	 * @model
	 * @generated
	 */
	Channel getPreferredChannel();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getPreferredChannel <em>Preferred Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Channel</em>' attribute.
	 * @see dev.candor.model.Channel
	 * @see #getPreferredChannel()
	 * @generated
	 */
	void setPreferredChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see dev.candor.model.CandorPackage#getCustomer_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Owner()
	 * @model dataType="dev.candor.model.RequiredText" required="true"
	 *        annotation="http://www.eclipse.org/emf/2002/Ecore documentation='Login of the account manager who owns the relationship.'"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Consent Marketing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Marketing</em>' attribute.
	 * @see #setConsentMarketing(boolean)
	 * @see dev.candor.model.CandorPackage#getCustomer_ConsentMarketing()
	 * @model
	 * @generated
	 */
	boolean isConsentMarketing();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#isConsentMarketing <em>Consent Marketing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Marketing</em>' attribute.
	 * @see #isConsentMarketing()
	 * @generated
	 */
	void setConsentMarketing(boolean value);

	/**
	 * Returns the value of the '<em><b>Consent Data Processing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Data Processing</em>' attribute.
	 * @see #setConsentDataProcessing(boolean)
	 * @see dev.candor.model.CandorPackage#getCustomer_ConsentDataProcessing()
	 * @model
	 * @generated
	 */
	boolean isConsentDataProcessing();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#isConsentDataProcessing <em>Consent Data Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Data Processing</em>' attribute.
	 * @see #isConsentDataProcessing()
	 * @generated
	 */
	void setConsentDataProcessing(boolean value);

	/**
	 * Returns the value of the '<em><b>Consent Recording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Recording</em>' attribute.
	 * @see #setConsentRecording(boolean)
	 * @see dev.candor.model.CandorPackage#getCustomer_ConsentRecording()
	 * @model
	 * @generated
	 */
	boolean isConsentRecording();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#isConsentRecording <em>Consent Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Recording</em>' attribute.
	 * @see #isConsentRecording()
	 * @generated
	 */
	void setConsentRecording(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see dev.candor.model.CandorPackage#getCustomer_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see dev.candor.model.CandorPackage#getCustomer_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link dev.candor.model.Customer#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.candor.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see dev.candor.model.CandorPackage#getCustomer_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

} // Customer
