/**
 */
package dev.candor.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see dev.candor.model.CandorFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore documentation='Candor CRM domain: customers, their interactions, the commitments made to them, ethics checklists and reviews.'"
 * @generated
 */
public interface CandorPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://candor.dev/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "candor";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CandorPackage eINSTANCE = dev.candor.model.impl.CandorPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.IdentifiableImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.CustomerImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__VERSION = IDENTIFIABLE__VERSION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__KIND = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ORGANISATION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__EMAIL = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PHONE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CITY = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__COUNTRY = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Preferred Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PREFERRED_LANGUAGE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Preferred Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PREFERRED_CHANNEL = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TAGS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__OWNER = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Consent Marketing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONSENT_MARKETING = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Consent Data Processing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONSENT_DATA_PROCESSING = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Consent Recording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONSENT_RECORDING = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NOTES = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CREATED_AT = IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACTS = IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.ContactImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 3;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PRIMARY = 4;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.InteractionImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__VERSION = IDENTIFIABLE__VERSION;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CUSTOMER_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CHANNEL = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DIRECTION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__STARTED_AT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ENDED_AT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SUBJECT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__NOTES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__PARTICIPANTS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Account Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ACCOUNT_MANAGER = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Awaiting Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__AWAITING_RESPONSE = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.CommitmentImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__VERSION = IDENTIFIABLE__VERSION;

	/**
	 * The feature id for the '<em><b>Customer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__CUSTOMER_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Promised To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__PROMISED_TO = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__OWNER = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__CREATED_AT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DUE_AT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__PRIORITY = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__STATUS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source Interaction Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__SOURCE_INTERACTION_ID = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__KIND = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__CLOSED_AT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__HISTORY = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.CommitmentChangeImpl <em>Commitment Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.CommitmentChangeImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentChange()
	 * @generated
	 */
	int COMMITMENT_CHANGE = 5;

	/**
	 * The feature id for the '<em><b>Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__CHANGED_AT = 0;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__CHANGED_BY = 1;

	/**
	 * The feature id for the '<em><b>From Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__FROM_STATUS = 2;

	/**
	 * The feature id for the '<em><b>To Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__TO_STATUS = 3;

	/**
	 * The feature id for the '<em><b>Previous Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__PREVIOUS_DUE_AT = 4;

	/**
	 * The feature id for the '<em><b>New Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__NEW_DUE_AT = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE__NOTE = 6;

	/**
	 * The number of structural features of the '<em>Commitment Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Commitment Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.ChecklistTemplateImpl <em>Checklist Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.ChecklistTemplateImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getChecklistTemplate()
	 * @generated
	 */
	int CHECKLIST_TEMPLATE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__VERSION = IDENTIFIABLE__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__TEMPLATE_VERSION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__CHANNELS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ACTIVE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ITEMS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Checklist Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Checklist Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.ChecklistItemImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 7;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__CRITICAL = 4;

	/**
	 * The number of structural features of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.EthicsReviewImpl <em>Ethics Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.EthicsReviewImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getEthicsReview()
	 * @generated
	 */
	int ETHICS_REVIEW = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__VERSION = IDENTIFIABLE__VERSION;

	/**
	 * The feature id for the '<em><b>Interaction Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__INTERACTION_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__TEMPLATE_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__TEMPLATE_VERSION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__REVIEWER = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__KIND = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__REVIEWED_AT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__SCORE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Verdicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW__VERDICTS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Ethics Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Ethics Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETHICS_REVIEW_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.impl.ItemVerdictImpl <em>Item Verdict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.ItemVerdictImpl
	 * @see dev.candor.model.impl.CandorPackageImpl#getItemVerdict()
	 * @generated
	 */
	int ITEM_VERDICT = 9;

	/**
	 * The feature id for the '<em><b>Item Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__ITEM_CODE = 0;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__VERDICT = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Evidence Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__EVIDENCE_START = 3;

	/**
	 * The feature id for the '<em><b>Evidence End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__EVIDENCE_END = 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT__COMMENT = 5;

	/**
	 * The number of structural features of the '<em>Item Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Item Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VERDICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.candor.model.CustomerKind <em>Customer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.CustomerKind
	 * @see dev.candor.model.impl.CandorPackageImpl#getCustomerKind()
	 * @generated
	 */
	int CUSTOMER_KIND = 10;

	/**
	 * The meta object id for the '{@link dev.candor.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.Channel
	 * @see dev.candor.model.impl.CandorPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 11;

	/**
	 * The meta object id for the '{@link dev.candor.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.Direction
	 * @see dev.candor.model.impl.CandorPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 12;

	/**
	 * The meta object id for the '{@link dev.candor.model.Language <em>Language</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.Language
	 * @see dev.candor.model.impl.CandorPackageImpl#getLanguage()
	 * @generated
	 */
	int LANGUAGE = 13;

	/**
	 * The meta object id for the '{@link dev.candor.model.CommitmentStatus <em>Commitment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.CommitmentStatus
	 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentStatus()
	 * @generated
	 */
	int COMMITMENT_STATUS = 14;

	/**
	 * The meta object id for the '{@link dev.candor.model.CommitmentKind <em>Commitment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.CommitmentKind
	 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentKind()
	 * @generated
	 */
	int COMMITMENT_KIND = 15;

	/**
	 * The meta object id for the '{@link dev.candor.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.Priority
	 * @see dev.candor.model.impl.CandorPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 16;

	/**
	 * The meta object id for the '{@link dev.candor.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.Verdict
	 * @see dev.candor.model.impl.CandorPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 17;

	/**
	 * The meta object id for the '{@link dev.candor.model.ReviewKind <em>Review Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.ReviewKind
	 * @see dev.candor.model.impl.CandorPackageImpl#getReviewKind()
	 * @generated
	 */
	int REVIEW_KIND = 18;

	/**
	 * The meta object id for the '<em>Required Text</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see dev.candor.model.impl.CandorPackageImpl#getRequiredText()
	 * @generated
	 */
	int REQUIRED_TEXT = 19;

	/**
	 * The meta object id for the '<em>Email Address</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see dev.candor.model.impl.CandorPackageImpl#getEmailAddress()
	 * @generated
	 */
	int EMAIL_ADDRESS = 20;

	/**
	 * The meta object id for the '<em>Phone Number</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see dev.candor.model.impl.CandorPackageImpl#getPhoneNumber()
	 * @generated
	 */
	int PHONE_NUMBER = 21;

	/**
	 * The meta object id for the '<em>Weight</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.candor.model.impl.CandorPackageImpl#getWeight()
	 * @generated
	 */
	int WEIGHT = 22;


	/**
	 * Returns the meta object for class '{@link dev.candor.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see dev.candor.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.candor.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Identifiable#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see dev.candor.model.Identifiable#getVersion()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Version();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see dev.candor.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.candor.model.Customer#getKind()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.candor.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see dev.candor.model.Customer#getOrganisation()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see dev.candor.model.Customer#getEmail()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Email();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see dev.candor.model.Customer#getPhone()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Phone();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see dev.candor.model.Customer#getCity()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_City();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see dev.candor.model.Customer#getCountry()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Country();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getPreferredLanguage <em>Preferred Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Language</em>'.
	 * @see dev.candor.model.Customer#getPreferredLanguage()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_PreferredLanguage();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getPreferredChannel <em>Preferred Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Channel</em>'.
	 * @see dev.candor.model.Customer#getPreferredChannel()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_PreferredChannel();

	/**
	 * Returns the meta object for the attribute list '{@link dev.candor.model.Customer#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see dev.candor.model.Customer#getTags()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tags();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.candor.model.Customer#getOwner()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#isConsentMarketing <em>Consent Marketing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Marketing</em>'.
	 * @see dev.candor.model.Customer#isConsentMarketing()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ConsentMarketing();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#isConsentDataProcessing <em>Consent Data Processing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Data Processing</em>'.
	 * @see dev.candor.model.Customer#isConsentDataProcessing()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ConsentDataProcessing();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#isConsentRecording <em>Consent Recording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Recording</em>'.
	 * @see dev.candor.model.Customer#isConsentRecording()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ConsentRecording();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see dev.candor.model.Customer#getNotes()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Notes();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Customer#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see dev.candor.model.Customer#getCreatedAt()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.candor.model.Customer#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see dev.candor.model.Customer#getContacts()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Contacts();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see dev.candor.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.candor.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see dev.candor.model.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see dev.candor.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see dev.candor.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Contact#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see dev.candor.model.Contact#isPrimary()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Primary();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see dev.candor.model.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see dev.candor.model.Interaction#getCustomerId()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_CustomerId();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see dev.candor.model.Interaction#getChannel()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Channel();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see dev.candor.model.Interaction#getDirection()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Direction();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see dev.candor.model.Interaction#getStartedAt()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see dev.candor.model.Interaction#getEndedAt()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see dev.candor.model.Interaction#getSubject()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Subject();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see dev.candor.model.Interaction#getNotes()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Notes();

	/**
	 * Returns the meta object for the attribute list '{@link dev.candor.model.Interaction#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Participants</em>'.
	 * @see dev.candor.model.Interaction#getParticipants()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Participants();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#getAccountManager <em>Account Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Manager</em>'.
	 * @see dev.candor.model.Interaction#getAccountManager()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_AccountManager();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Interaction#isAwaitingResponse <em>Awaiting Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Awaiting Response</em>'.
	 * @see dev.candor.model.Interaction#isAwaitingResponse()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_AwaitingResponse();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see dev.candor.model.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getCustomerId <em>Customer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Id</em>'.
	 * @see dev.candor.model.Commitment#getCustomerId()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_CustomerId();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.candor.model.Commitment#getDescription()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getPromisedTo <em>Promised To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promised To</em>'.
	 * @see dev.candor.model.Commitment#getPromisedTo()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_PromisedTo();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.candor.model.Commitment#getOwner()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see dev.candor.model.Commitment#getCreatedAt()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getDueAt <em>Due At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due At</em>'.
	 * @see dev.candor.model.Commitment#getDueAt()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_DueAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see dev.candor.model.Commitment#getPriority()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Priority();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.candor.model.Commitment#getStatus()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Status();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getSourceInteractionId <em>Source Interaction Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Interaction Id</em>'.
	 * @see dev.candor.model.Commitment#getSourceInteractionId()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_SourceInteractionId();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.candor.model.Commitment#getKind()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.Commitment#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see dev.candor.model.Commitment#getClosedAt()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_ClosedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.candor.model.Commitment#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see dev.candor.model.Commitment#getHistory()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_History();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.CommitmentChange <em>Commitment Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment Change</em>'.
	 * @see dev.candor.model.CommitmentChange
	 * @generated
	 */
	EClass getCommitmentChange();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getChangedAt <em>Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed At</em>'.
	 * @see dev.candor.model.CommitmentChange#getChangedAt()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_ChangedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getChangedBy <em>Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed By</em>'.
	 * @see dev.candor.model.CommitmentChange#getChangedBy()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_ChangedBy();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getFromStatus <em>From Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Status</em>'.
	 * @see dev.candor.model.CommitmentChange#getFromStatus()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_FromStatus();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getToStatus <em>To Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Status</em>'.
	 * @see dev.candor.model.CommitmentChange#getToStatus()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_ToStatus();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getPreviousDueAt <em>Previous Due At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Due At</em>'.
	 * @see dev.candor.model.CommitmentChange#getPreviousDueAt()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_PreviousDueAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getNewDueAt <em>New Due At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Due At</em>'.
	 * @see dev.candor.model.CommitmentChange#getNewDueAt()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_NewDueAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.CommitmentChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.candor.model.CommitmentChange#getNote()
	 * @see #getCommitmentChange()
	 * @generated
	 */
	EAttribute getCommitmentChange_Note();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.ChecklistTemplate <em>Checklist Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Template</em>'.
	 * @see dev.candor.model.ChecklistTemplate
	 * @generated
	 */
	EClass getChecklistTemplate();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.candor.model.ChecklistTemplate#getName()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistTemplate#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see dev.candor.model.ChecklistTemplate#getTemplateVersion()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_TemplateVersion();

	/**
	 * Returns the meta object for the attribute list '{@link dev.candor.model.ChecklistTemplate#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see dev.candor.model.ChecklistTemplate#getChannels()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Channels();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistTemplate#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see dev.candor.model.ChecklistTemplate#isActive()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Active();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.candor.model.ChecklistTemplate#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see dev.candor.model.ChecklistTemplate#getItems()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EReference getChecklistTemplate_Items();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item</em>'.
	 * @see dev.candor.model.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see dev.candor.model.ChecklistItem#getCode()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.candor.model.ChecklistItem#getTitle()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.candor.model.ChecklistItem#getDescription()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistItem#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see dev.candor.model.ChecklistItem#getWeight()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Weight();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ChecklistItem#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see dev.candor.model.ChecklistItem#isCritical()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Critical();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.EthicsReview <em>Ethics Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ethics Review</em>'.
	 * @see dev.candor.model.EthicsReview
	 * @generated
	 */
	EClass getEthicsReview();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getInteractionId <em>Interaction Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interaction Id</em>'.
	 * @see dev.candor.model.EthicsReview#getInteractionId()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_InteractionId();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see dev.candor.model.EthicsReview#getTemplateId()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see dev.candor.model.EthicsReview#getTemplateVersion()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_TemplateVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see dev.candor.model.EthicsReview#getReviewer()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.candor.model.EthicsReview#getKind()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getReviewedAt <em>Reviewed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed At</em>'.
	 * @see dev.candor.model.EthicsReview#getReviewedAt()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_ReviewedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.EthicsReview#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see dev.candor.model.EthicsReview#getScore()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EAttribute getEthicsReview_Score();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.candor.model.EthicsReview#getVerdicts <em>Verdicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verdicts</em>'.
	 * @see dev.candor.model.EthicsReview#getVerdicts()
	 * @see #getEthicsReview()
	 * @generated
	 */
	EReference getEthicsReview_Verdicts();

	/**
	 * Returns the meta object for class '{@link dev.candor.model.ItemVerdict <em>Item Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Verdict</em>'.
	 * @see dev.candor.model.ItemVerdict
	 * @generated
	 */
	EClass getItemVerdict();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getItemCode <em>Item Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Code</em>'.
	 * @see dev.candor.model.ItemVerdict#getItemCode()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_ItemCode();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see dev.candor.model.ItemVerdict#getVerdict()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see dev.candor.model.ItemVerdict#getEvidence()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getEvidenceStart <em>Evidence Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Start</em>'.
	 * @see dev.candor.model.ItemVerdict#getEvidenceStart()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_EvidenceStart();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getEvidenceEnd <em>Evidence End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence End</em>'.
	 * @see dev.candor.model.ItemVerdict#getEvidenceEnd()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_EvidenceEnd();

	/**
	 * Returns the meta object for the attribute '{@link dev.candor.model.ItemVerdict#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see dev.candor.model.ItemVerdict#getComment()
	 * @see #getItemVerdict()
	 * @generated
	 */
	EAttribute getItemVerdict_Comment();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.CustomerKind <em>Customer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Kind</em>'.
	 * @see dev.candor.model.CustomerKind
	 * @generated
	 */
	EEnum getCustomerKind();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see dev.candor.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see dev.candor.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.Language <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Language</em>'.
	 * @see dev.candor.model.Language
	 * @generated
	 */
	EEnum getLanguage();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.CommitmentStatus <em>Commitment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commitment Status</em>'.
	 * @see dev.candor.model.CommitmentStatus
	 * @generated
	 */
	EEnum getCommitmentStatus();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.CommitmentKind <em>Commitment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commitment Kind</em>'.
	 * @see dev.candor.model.CommitmentKind
	 * @generated
	 */
	EEnum getCommitmentKind();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see dev.candor.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see dev.candor.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link dev.candor.model.ReviewKind <em>Review Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Kind</em>'.
	 * @see dev.candor.model.ReviewKind
	 * @generated
	 */
	EEnum getReviewKind();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Required Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Required Text</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        annotation="http://www.eclipse.org/emf/2002/Ecore documentation='Text that must contain at least one non-blank character.'"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[\\s\\S]*\\S[\\s\\S]*' maxLength='500'"
	 * @generated
	 */
	EDataType getRequiredText();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Email Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Email Address</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}' maxLength='254'"
	 * @generated
	 */
	EDataType getEmailAddress();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Phone Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Phone Number</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        annotation="http://www.eclipse.org/emf/2002/Ecore documentation='An international number: a plus sign, then 7 to 15 digits, optionally grouped by spaces, dashes, dots or parentheses.'"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='\\+([\\s().\\-]*\\d){7,15}[\\s().\\-]*' maxLength='32'"
	 * @generated
	 */
	EDataType getPhoneNumber();

	/**
	 * Returns the meta object for data type '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Weight</em>'.
	 * @model instanceClass="double"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#double' minExclusive='0.0' maxInclusive='100.0'"
	 * @generated
	 */
	EDataType getWeight();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CandorFactory getCandorFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.IdentifiableImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__VERSION = eINSTANCE.getIdentifiable_Version();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.CustomerImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__KIND = eINSTANCE.getCustomer_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ORGANISATION = eINSTANCE.getCustomer_Organisation();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__EMAIL = eINSTANCE.getCustomer_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PHONE = eINSTANCE.getCustomer_Phone();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CITY = eINSTANCE.getCustomer_City();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__COUNTRY = eINSTANCE.getCustomer_Country();

		/**
		 * The meta object literal for the '<em><b>Preferred Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PREFERRED_LANGUAGE = eINSTANCE.getCustomer_PreferredLanguage();

		/**
		 * The meta object literal for the '<em><b>Preferred Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PREFERRED_CHANNEL = eINSTANCE.getCustomer_PreferredChannel();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TAGS = eINSTANCE.getCustomer_Tags();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__OWNER = eINSTANCE.getCustomer_Owner();

		/**
		 * The meta object literal for the '<em><b>Consent Marketing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CONSENT_MARKETING = eINSTANCE.getCustomer_ConsentMarketing();

		/**
		 * The meta object literal for the '<em><b>Consent Data Processing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CONSENT_DATA_PROCESSING = eINSTANCE.getCustomer_ConsentDataProcessing();

		/**
		 * The meta object literal for the '<em><b>Consent Recording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CONSENT_RECORDING = eINSTANCE.getCustomer_ConsentRecording();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NOTES = eINSTANCE.getCustomer_Notes();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CREATED_AT = eINSTANCE.getCustomer_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__CONTACTS = eINSTANCE.getCustomer_Contacts();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.ContactImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PRIMARY = eINSTANCE.getContact_Primary();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.InteractionImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__CUSTOMER_ID = eINSTANCE.getInteraction_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__CHANNEL = eINSTANCE.getInteraction_Channel();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DIRECTION = eINSTANCE.getInteraction_Direction();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__STARTED_AT = eINSTANCE.getInteraction_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__ENDED_AT = eINSTANCE.getInteraction_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__SUBJECT = eINSTANCE.getInteraction_Subject();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__NOTES = eINSTANCE.getInteraction_Notes();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__PARTICIPANTS = eINSTANCE.getInteraction_Participants();

		/**
		 * The meta object literal for the '<em><b>Account Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__ACCOUNT_MANAGER = eINSTANCE.getInteraction_AccountManager();

		/**
		 * The meta object literal for the '<em><b>Awaiting Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__AWAITING_RESPONSE = eINSTANCE.getInteraction_AwaitingResponse();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.CommitmentImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Customer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__CUSTOMER_ID = eINSTANCE.getCommitment_CustomerId();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DESCRIPTION = eINSTANCE.getCommitment_Description();

		/**
		 * The meta object literal for the '<em><b>Promised To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__PROMISED_TO = eINSTANCE.getCommitment_PromisedTo();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__OWNER = eINSTANCE.getCommitment_Owner();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__CREATED_AT = eINSTANCE.getCommitment_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Due At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DUE_AT = eINSTANCE.getCommitment_DueAt();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__PRIORITY = eINSTANCE.getCommitment_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__STATUS = eINSTANCE.getCommitment_Status();

		/**
		 * The meta object literal for the '<em><b>Source Interaction Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__SOURCE_INTERACTION_ID = eINSTANCE.getCommitment_SourceInteractionId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__KIND = eINSTANCE.getCommitment_Kind();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__CLOSED_AT = eINSTANCE.getCommitment_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__HISTORY = eINSTANCE.getCommitment_History();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.CommitmentChangeImpl <em>Commitment Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.CommitmentChangeImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentChange()
		 * @generated
		 */
		EClass COMMITMENT_CHANGE = eINSTANCE.getCommitmentChange();

		/**
		 * The meta object literal for the '<em><b>Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__CHANGED_AT = eINSTANCE.getCommitmentChange_ChangedAt();

		/**
		 * The meta object literal for the '<em><b>Changed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__CHANGED_BY = eINSTANCE.getCommitmentChange_ChangedBy();

		/**
		 * The meta object literal for the '<em><b>From Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__FROM_STATUS = eINSTANCE.getCommitmentChange_FromStatus();

		/**
		 * The meta object literal for the '<em><b>To Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__TO_STATUS = eINSTANCE.getCommitmentChange_ToStatus();

		/**
		 * The meta object literal for the '<em><b>Previous Due At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__PREVIOUS_DUE_AT = eINSTANCE.getCommitmentChange_PreviousDueAt();

		/**
		 * The meta object literal for the '<em><b>New Due At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__NEW_DUE_AT = eINSTANCE.getCommitmentChange_NewDueAt();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT_CHANGE__NOTE = eINSTANCE.getCommitmentChange_Note();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.ChecklistTemplateImpl <em>Checklist Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.ChecklistTemplateImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getChecklistTemplate()
		 * @generated
		 */
		EClass CHECKLIST_TEMPLATE = eINSTANCE.getChecklistTemplate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__NAME = eINSTANCE.getChecklistTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__TEMPLATE_VERSION = eINSTANCE.getChecklistTemplate_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__CHANNELS = eINSTANCE.getChecklistTemplate_Channels();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__ACTIVE = eINSTANCE.getChecklistTemplate_Active();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_TEMPLATE__ITEMS = eINSTANCE.getChecklistTemplate_Items();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.ChecklistItemImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__CODE = eINSTANCE.getChecklistItem_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__TITLE = eINSTANCE.getChecklistItem_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__DESCRIPTION = eINSTANCE.getChecklistItem_Description();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__WEIGHT = eINSTANCE.getChecklistItem_Weight();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__CRITICAL = eINSTANCE.getChecklistItem_Critical();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.EthicsReviewImpl <em>Ethics Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.EthicsReviewImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getEthicsReview()
		 * @generated
		 */
		EClass ETHICS_REVIEW = eINSTANCE.getEthicsReview();

		/**
		 * The meta object literal for the '<em><b>Interaction Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__INTERACTION_ID = eINSTANCE.getEthicsReview_InteractionId();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__TEMPLATE_ID = eINSTANCE.getEthicsReview_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__TEMPLATE_VERSION = eINSTANCE.getEthicsReview_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__REVIEWER = eINSTANCE.getEthicsReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__KIND = eINSTANCE.getEthicsReview_Kind();

		/**
		 * The meta object literal for the '<em><b>Reviewed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__REVIEWED_AT = eINSTANCE.getEthicsReview_ReviewedAt();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETHICS_REVIEW__SCORE = eINSTANCE.getEthicsReview_Score();

		/**
		 * The meta object literal for the '<em><b>Verdicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ETHICS_REVIEW__VERDICTS = eINSTANCE.getEthicsReview_Verdicts();

		/**
		 * The meta object literal for the '{@link dev.candor.model.impl.ItemVerdictImpl <em>Item Verdict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.ItemVerdictImpl
		 * @see dev.candor.model.impl.CandorPackageImpl#getItemVerdict()
		 * @generated
		 */
		EClass ITEM_VERDICT = eINSTANCE.getItemVerdict();

		/**
		 * The meta object literal for the '<em><b>Item Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__ITEM_CODE = eINSTANCE.getItemVerdict_ItemCode();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__VERDICT = eINSTANCE.getItemVerdict_Verdict();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__EVIDENCE = eINSTANCE.getItemVerdict_Evidence();

		/**
		 * The meta object literal for the '<em><b>Evidence Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__EVIDENCE_START = eINSTANCE.getItemVerdict_EvidenceStart();

		/**
		 * The meta object literal for the '<em><b>Evidence End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__EVIDENCE_END = eINSTANCE.getItemVerdict_EvidenceEnd();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VERDICT__COMMENT = eINSTANCE.getItemVerdict_Comment();

		/**
		 * The meta object literal for the '{@link dev.candor.model.CustomerKind <em>Customer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.CustomerKind
		 * @see dev.candor.model.impl.CandorPackageImpl#getCustomerKind()
		 * @generated
		 */
		EEnum CUSTOMER_KIND = eINSTANCE.getCustomerKind();

		/**
		 * The meta object literal for the '{@link dev.candor.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.Channel
		 * @see dev.candor.model.impl.CandorPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link dev.candor.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.Direction
		 * @see dev.candor.model.impl.CandorPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link dev.candor.model.Language <em>Language</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.Language
		 * @see dev.candor.model.impl.CandorPackageImpl#getLanguage()
		 * @generated
		 */
		EEnum LANGUAGE = eINSTANCE.getLanguage();

		/**
		 * The meta object literal for the '{@link dev.candor.model.CommitmentStatus <em>Commitment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.CommitmentStatus
		 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentStatus()
		 * @generated
		 */
		EEnum COMMITMENT_STATUS = eINSTANCE.getCommitmentStatus();

		/**
		 * The meta object literal for the '{@link dev.candor.model.CommitmentKind <em>Commitment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.CommitmentKind
		 * @see dev.candor.model.impl.CandorPackageImpl#getCommitmentKind()
		 * @generated
		 */
		EEnum COMMITMENT_KIND = eINSTANCE.getCommitmentKind();

		/**
		 * The meta object literal for the '{@link dev.candor.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.Priority
		 * @see dev.candor.model.impl.CandorPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link dev.candor.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.Verdict
		 * @see dev.candor.model.impl.CandorPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link dev.candor.model.ReviewKind <em>Review Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.ReviewKind
		 * @see dev.candor.model.impl.CandorPackageImpl#getReviewKind()
		 * @generated
		 */
		EEnum REVIEW_KIND = eINSTANCE.getReviewKind();

		/**
		 * The meta object literal for the '<em>Required Text</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see dev.candor.model.impl.CandorPackageImpl#getRequiredText()
		 * @generated
		 */
		EDataType REQUIRED_TEXT = eINSTANCE.getRequiredText();

		/**
		 * The meta object literal for the '<em>Email Address</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see dev.candor.model.impl.CandorPackageImpl#getEmailAddress()
		 * @generated
		 */
		EDataType EMAIL_ADDRESS = eINSTANCE.getEmailAddress();

		/**
		 * The meta object literal for the '<em>Phone Number</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see dev.candor.model.impl.CandorPackageImpl#getPhoneNumber()
		 * @generated
		 */
		EDataType PHONE_NUMBER = eINSTANCE.getPhoneNumber();

		/**
		 * The meta object literal for the '<em>Weight</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.candor.model.impl.CandorPackageImpl#getWeight()
		 * @generated
		 */
		EDataType WEIGHT = eINSTANCE.getWeight();

	}

} //CandorPackage
