/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getCity <em>City</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getPreferredLanguage <em>Preferred Language</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getPreferredChannel <em>Preferred Channel</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#isConsentMarketing <em>Consent Marketing</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#isConsentDataProcessing <em>Consent Data Processing</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#isConsentRecording <em>Consent Recording</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.candor.model.impl.CustomerImpl#getContacts <em>Contacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends IdentifiableImpl implements Customer {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerKind KIND_EDEFAULT = CustomerKind.ORGANISATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CustomerKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredLanguage() <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final Language PREFERRED_LANGUAGE_EDEFAULT = Language.ENGLISH;

	/**
	 * The cached value of the '{@link #getPreferredLanguage() <em>Preferred Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredLanguage()
	 * @generated
	 * @ordered
	 */
	protected Language preferredLanguage = PREFERRED_LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredChannel() <em>Preferred Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel PREFERRED_CHANNEL_EDEFAULT = Channel.PHONE;

	/**
	 * The cached value of the '{@link #getPreferredChannel() <em>Preferred Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel preferredChannel = PREFERRED_CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

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
	 * The default value of the '{@link #isConsentMarketing() <em>Consent Marketing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentMarketing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_MARKETING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsentMarketing() <em>Consent Marketing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentMarketing()
	 * @generated
	 * @ordered
	 */
	protected boolean consentMarketing = CONSENT_MARKETING_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsentDataProcessing() <em>Consent Data Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentDataProcessing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_DATA_PROCESSING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsentDataProcessing() <em>Consent Data Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentDataProcessing()
	 * @generated
	 * @ordered
	 */
	protected boolean consentDataProcessing = CONSENT_DATA_PROCESSING_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsentRecording() <em>Consent Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentRecording()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_RECORDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsentRecording() <em>Consent Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentRecording()
	 * @generated
	 * @ordered
	 */
	protected boolean consentRecording = CONSENT_RECORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

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
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.CUSTOMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CustomerKind newKind) {
		CustomerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Language getPreferredLanguage() {
		return preferredLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredLanguage(Language newPreferredLanguage) {
		Language oldPreferredLanguage = preferredLanguage;
		preferredLanguage = newPreferredLanguage == null ? PREFERRED_LANGUAGE_EDEFAULT : newPreferredLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__PREFERRED_LANGUAGE, oldPreferredLanguage, preferredLanguage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getPreferredChannel() {
		return preferredChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredChannel(Channel newPreferredChannel) {
		Channel oldPreferredChannel = preferredChannel;
		preferredChannel = newPreferredChannel == null ? PREFERRED_CHANNEL_EDEFAULT : newPreferredChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__PREFERRED_CHANNEL, oldPreferredChannel, preferredChannel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, CandorPackage.CUSTOMER__TAGS);
		}
		return tags;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentMarketing() {
		return consentMarketing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentMarketing(boolean newConsentMarketing) {
		boolean oldConsentMarketing = consentMarketing;
		consentMarketing = newConsentMarketing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__CONSENT_MARKETING, oldConsentMarketing, consentMarketing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentDataProcessing() {
		return consentDataProcessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentDataProcessing(boolean newConsentDataProcessing) {
		boolean oldConsentDataProcessing = consentDataProcessing;
		consentDataProcessing = newConsentDataProcessing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__CONSENT_DATA_PROCESSING, oldConsentDataProcessing, consentDataProcessing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentRecording() {
		return consentRecording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentRecording(boolean newConsentRecording) {
		boolean oldConsentRecording = consentRecording;
		consentRecording = newConsentRecording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__CONSENT_RECORDING, oldConsentRecording, consentRecording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__NOTES, oldNotes, notes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CUSTOMER__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, CandorPackage.CUSTOMER__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CandorPackage.CUSTOMER__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
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
			case CandorPackage.CUSTOMER__KIND:
				return getKind();
			case CandorPackage.CUSTOMER__NAME:
				return getName();
			case CandorPackage.CUSTOMER__ORGANISATION:
				return getOrganisation();
			case CandorPackage.CUSTOMER__EMAIL:
				return getEmail();
			case CandorPackage.CUSTOMER__PHONE:
				return getPhone();
			case CandorPackage.CUSTOMER__CITY:
				return getCity();
			case CandorPackage.CUSTOMER__COUNTRY:
				return getCountry();
			case CandorPackage.CUSTOMER__PREFERRED_LANGUAGE:
				return getPreferredLanguage();
			case CandorPackage.CUSTOMER__PREFERRED_CHANNEL:
				return getPreferredChannel();
			case CandorPackage.CUSTOMER__TAGS:
				return getTags();
			case CandorPackage.CUSTOMER__OWNER:
				return getOwner();
			case CandorPackage.CUSTOMER__CONSENT_MARKETING:
				return isConsentMarketing();
			case CandorPackage.CUSTOMER__CONSENT_DATA_PROCESSING:
				return isConsentDataProcessing();
			case CandorPackage.CUSTOMER__CONSENT_RECORDING:
				return isConsentRecording();
			case CandorPackage.CUSTOMER__NOTES:
				return getNotes();
			case CandorPackage.CUSTOMER__CREATED_AT:
				return getCreatedAt();
			case CandorPackage.CUSTOMER__CONTACTS:
				return getContacts();
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
			case CandorPackage.CUSTOMER__KIND:
				setKind((CustomerKind)newValue);
				return;
			case CandorPackage.CUSTOMER__NAME:
				setName((String)newValue);
				return;
			case CandorPackage.CUSTOMER__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case CandorPackage.CUSTOMER__EMAIL:
				setEmail((String)newValue);
				return;
			case CandorPackage.CUSTOMER__PHONE:
				setPhone((String)newValue);
				return;
			case CandorPackage.CUSTOMER__CITY:
				setCity((String)newValue);
				return;
			case CandorPackage.CUSTOMER__COUNTRY:
				setCountry((String)newValue);
				return;
			case CandorPackage.CUSTOMER__PREFERRED_LANGUAGE:
				setPreferredLanguage((Language)newValue);
				return;
			case CandorPackage.CUSTOMER__PREFERRED_CHANNEL:
				setPreferredChannel((Channel)newValue);
				return;
			case CandorPackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case CandorPackage.CUSTOMER__OWNER:
				setOwner((String)newValue);
				return;
			case CandorPackage.CUSTOMER__CONSENT_MARKETING:
				setConsentMarketing((Boolean)newValue);
				return;
			case CandorPackage.CUSTOMER__CONSENT_DATA_PROCESSING:
				setConsentDataProcessing((Boolean)newValue);
				return;
			case CandorPackage.CUSTOMER__CONSENT_RECORDING:
				setConsentRecording((Boolean)newValue);
				return;
			case CandorPackage.CUSTOMER__NOTES:
				setNotes((String)newValue);
				return;
			case CandorPackage.CUSTOMER__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case CandorPackage.CUSTOMER__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
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
			case CandorPackage.CUSTOMER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__PREFERRED_LANGUAGE:
				setPreferredLanguage(PREFERRED_LANGUAGE_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__PREFERRED_CHANNEL:
				setPreferredChannel(PREFERRED_CHANNEL_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case CandorPackage.CUSTOMER__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CONSENT_MARKETING:
				setConsentMarketing(CONSENT_MARKETING_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CONSENT_DATA_PROCESSING:
				setConsentDataProcessing(CONSENT_DATA_PROCESSING_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CONSENT_RECORDING:
				setConsentRecording(CONSENT_RECORDING_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CandorPackage.CUSTOMER__CONTACTS:
				getContacts().clear();
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
			case CandorPackage.CUSTOMER__KIND:
				return kind != KIND_EDEFAULT;
			case CandorPackage.CUSTOMER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CandorPackage.CUSTOMER__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case CandorPackage.CUSTOMER__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case CandorPackage.CUSTOMER__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case CandorPackage.CUSTOMER__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case CandorPackage.CUSTOMER__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CandorPackage.CUSTOMER__PREFERRED_LANGUAGE:
				return preferredLanguage != PREFERRED_LANGUAGE_EDEFAULT;
			case CandorPackage.CUSTOMER__PREFERRED_CHANNEL:
				return preferredChannel != PREFERRED_CHANNEL_EDEFAULT;
			case CandorPackage.CUSTOMER__TAGS:
				return tags != null && !tags.isEmpty();
			case CandorPackage.CUSTOMER__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CandorPackage.CUSTOMER__CONSENT_MARKETING:
				return consentMarketing != CONSENT_MARKETING_EDEFAULT;
			case CandorPackage.CUSTOMER__CONSENT_DATA_PROCESSING:
				return consentDataProcessing != CONSENT_DATA_PROCESSING_EDEFAULT;
			case CandorPackage.CUSTOMER__CONSENT_RECORDING:
				return consentRecording != CONSENT_RECORDING_EDEFAULT;
			case CandorPackage.CUSTOMER__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CandorPackage.CUSTOMER__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CandorPackage.CUSTOMER__CONTACTS:
				return contacts != null && !contacts.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", organisation: ");
		result.append(organisation);
		result.append(", email: ");
		result.append(email);
		result.append(", phone: ");
		result.append(phone);
		result.append(", city: ");
		result.append(city);
		result.append(", country: ");
		result.append(country);
		result.append(", preferredLanguage: ");
		result.append(preferredLanguage);
		result.append(", preferredChannel: ");
		result.append(preferredChannel);
		result.append(", tags: ");
		result.append(tags);
		result.append(", owner: ");
		result.append(owner);
		result.append(", consentMarketing: ");
		result.append(consentMarketing);
		result.append(", consentDataProcessing: ");
		result.append(consentDataProcessing);
		result.append(", consentRecording: ");
		result.append(consentRecording);
		result.append(", notes: ");
		result.append(notes);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
