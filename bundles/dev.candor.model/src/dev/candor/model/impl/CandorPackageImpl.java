/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Identifiable;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Language;
import dev.candor.model.Priority;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;

import dev.candor.model.util.CandorValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CandorPackageImpl extends EPackageImpl implements CandorPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ethicsReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemVerdictEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum languageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum commitmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum commitmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType requiredTextEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType emailAddressEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType phoneNumberEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType weightEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.candor.model.CandorPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CandorPackageImpl() {
		super(eNS_URI, CandorFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CandorPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CandorPackage init() {
		if (isInited) return (CandorPackage)EPackage.Registry.INSTANCE.getEPackage(CandorPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCandorPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CandorPackageImpl theCandorPackage = registeredCandorPackage instanceof CandorPackageImpl ? (CandorPackageImpl)registeredCandorPackage : new CandorPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCandorPackage.createPackageContents();

		// Initialize created meta-data
		theCandorPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCandorPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CandorValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCandorPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CandorPackage.eNS_URI, theCandorPackage);
		return theCandorPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable() {
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Version() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Kind() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Organisation() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Email() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Phone() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_City() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Country() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_PreferredLanguage() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_PreferredChannel() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Tags() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Owner() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_ConsentMarketing() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_ConsentDataProcessing() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_ConsentRecording() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Notes() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_CreatedAt() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Contacts() {
		return (EReference)customerEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Role() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Primary() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteraction() {
		return interactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_CustomerId() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Channel() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Direction() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_StartedAt() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_EndedAt() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Subject() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Notes() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Participants() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_AccountManager() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_AwaitingResponse() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitment() {
		return commitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_CustomerId() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Description() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_PromisedTo() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Owner() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_CreatedAt() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_DueAt() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Priority() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Status() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_SourceInteractionId() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Kind() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_ClosedAt() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_History() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitmentChange() {
		return commitmentChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_ChangedAt() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_ChangedBy() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_FromStatus() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_ToStatus() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_PreviousDueAt() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_NewDueAt() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitmentChange_Note() {
		return (EAttribute)commitmentChangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistTemplate() {
		return checklistTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistTemplate_Name() {
		return (EAttribute)checklistTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistTemplate_TemplateVersion() {
		return (EAttribute)checklistTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistTemplate_Channels() {
		return (EAttribute)checklistTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistTemplate_Active() {
		return (EAttribute)checklistTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistTemplate_Items() {
		return (EReference)checklistTemplateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistItem() {
		return checklistItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Code() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Title() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Description() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Weight() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Critical() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEthicsReview() {
		return ethicsReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_InteractionId() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_TemplateId() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_TemplateVersion() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_Reviewer() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_Kind() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_ReviewedAt() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEthicsReview_Score() {
		return (EAttribute)ethicsReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEthicsReview_Verdicts() {
		return (EReference)ethicsReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemVerdict() {
		return itemVerdictEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_ItemCode() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_Verdict() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_Evidence() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_EvidenceStart() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_EvidenceEnd() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemVerdict_Comment() {
		return (EAttribute)itemVerdictEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerKind() {
		return customerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLanguage() {
		return languageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitmentStatus() {
		return commitmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitmentKind() {
		return commitmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewKind() {
		return reviewKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRequiredText() {
		return requiredTextEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getEmailAddress() {
		return emailAddressEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPhoneNumber() {
		return phoneNumberEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getWeight() {
		return weightEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CandorFactory getCandorFactory() {
		return (CandorFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);
		createEAttribute(identifiableEClass, IDENTIFIABLE__VERSION);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__KIND);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEAttribute(customerEClass, CUSTOMER__ORGANISATION);
		createEAttribute(customerEClass, CUSTOMER__EMAIL);
		createEAttribute(customerEClass, CUSTOMER__PHONE);
		createEAttribute(customerEClass, CUSTOMER__CITY);
		createEAttribute(customerEClass, CUSTOMER__COUNTRY);
		createEAttribute(customerEClass, CUSTOMER__PREFERRED_LANGUAGE);
		createEAttribute(customerEClass, CUSTOMER__PREFERRED_CHANNEL);
		createEAttribute(customerEClass, CUSTOMER__TAGS);
		createEAttribute(customerEClass, CUSTOMER__OWNER);
		createEAttribute(customerEClass, CUSTOMER__CONSENT_MARKETING);
		createEAttribute(customerEClass, CUSTOMER__CONSENT_DATA_PROCESSING);
		createEAttribute(customerEClass, CUSTOMER__CONSENT_RECORDING);
		createEAttribute(customerEClass, CUSTOMER__NOTES);
		createEAttribute(customerEClass, CUSTOMER__CREATED_AT);
		createEReference(customerEClass, CUSTOMER__CONTACTS);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__ROLE);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__PRIMARY);

		interactionEClass = createEClass(INTERACTION);
		createEAttribute(interactionEClass, INTERACTION__CUSTOMER_ID);
		createEAttribute(interactionEClass, INTERACTION__CHANNEL);
		createEAttribute(interactionEClass, INTERACTION__DIRECTION);
		createEAttribute(interactionEClass, INTERACTION__STARTED_AT);
		createEAttribute(interactionEClass, INTERACTION__ENDED_AT);
		createEAttribute(interactionEClass, INTERACTION__SUBJECT);
		createEAttribute(interactionEClass, INTERACTION__NOTES);
		createEAttribute(interactionEClass, INTERACTION__PARTICIPANTS);
		createEAttribute(interactionEClass, INTERACTION__ACCOUNT_MANAGER);
		createEAttribute(interactionEClass, INTERACTION__AWAITING_RESPONSE);

		commitmentEClass = createEClass(COMMITMENT);
		createEAttribute(commitmentEClass, COMMITMENT__CUSTOMER_ID);
		createEAttribute(commitmentEClass, COMMITMENT__DESCRIPTION);
		createEAttribute(commitmentEClass, COMMITMENT__PROMISED_TO);
		createEAttribute(commitmentEClass, COMMITMENT__OWNER);
		createEAttribute(commitmentEClass, COMMITMENT__CREATED_AT);
		createEAttribute(commitmentEClass, COMMITMENT__DUE_AT);
		createEAttribute(commitmentEClass, COMMITMENT__PRIORITY);
		createEAttribute(commitmentEClass, COMMITMENT__STATUS);
		createEAttribute(commitmentEClass, COMMITMENT__SOURCE_INTERACTION_ID);
		createEAttribute(commitmentEClass, COMMITMENT__KIND);
		createEAttribute(commitmentEClass, COMMITMENT__CLOSED_AT);
		createEReference(commitmentEClass, COMMITMENT__HISTORY);

		commitmentChangeEClass = createEClass(COMMITMENT_CHANGE);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__CHANGED_AT);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__CHANGED_BY);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__FROM_STATUS);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__TO_STATUS);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__PREVIOUS_DUE_AT);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__NEW_DUE_AT);
		createEAttribute(commitmentChangeEClass, COMMITMENT_CHANGE__NOTE);

		checklistTemplateEClass = createEClass(CHECKLIST_TEMPLATE);
		createEAttribute(checklistTemplateEClass, CHECKLIST_TEMPLATE__NAME);
		createEAttribute(checklistTemplateEClass, CHECKLIST_TEMPLATE__TEMPLATE_VERSION);
		createEAttribute(checklistTemplateEClass, CHECKLIST_TEMPLATE__CHANNELS);
		createEAttribute(checklistTemplateEClass, CHECKLIST_TEMPLATE__ACTIVE);
		createEReference(checklistTemplateEClass, CHECKLIST_TEMPLATE__ITEMS);

		checklistItemEClass = createEClass(CHECKLIST_ITEM);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__CODE);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__TITLE);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__DESCRIPTION);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__WEIGHT);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__CRITICAL);

		ethicsReviewEClass = createEClass(ETHICS_REVIEW);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__INTERACTION_ID);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__TEMPLATE_ID);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__TEMPLATE_VERSION);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__REVIEWER);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__KIND);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__REVIEWED_AT);
		createEAttribute(ethicsReviewEClass, ETHICS_REVIEW__SCORE);
		createEReference(ethicsReviewEClass, ETHICS_REVIEW__VERDICTS);

		itemVerdictEClass = createEClass(ITEM_VERDICT);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__ITEM_CODE);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__VERDICT);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__EVIDENCE);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__EVIDENCE_START);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__EVIDENCE_END);
		createEAttribute(itemVerdictEClass, ITEM_VERDICT__COMMENT);

		// Create enums
		customerKindEEnum = createEEnum(CUSTOMER_KIND);
		channelEEnum = createEEnum(CHANNEL);
		directionEEnum = createEEnum(DIRECTION);
		languageEEnum = createEEnum(LANGUAGE);
		commitmentStatusEEnum = createEEnum(COMMITMENT_STATUS);
		commitmentKindEEnum = createEEnum(COMMITMENT_KIND);
		priorityEEnum = createEEnum(PRIORITY);
		verdictEEnum = createEEnum(VERDICT);
		reviewKindEEnum = createEEnum(REVIEW_KIND);

		// Create data types
		requiredTextEDataType = createEDataType(REQUIRED_TEXT);
		emailAddressEDataType = createEDataType(EMAIL_ADDRESS);
		phoneNumberEDataType = createEDataType(PHONE_NUMBER);
		weightEDataType = createEDataType(WEIGHT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		customerEClass.getESuperTypes().add(this.getIdentifiable());
		interactionEClass.getESuperTypes().add(this.getIdentifiable());
		commitmentEClass.getESuperTypes().add(this.getIdentifiable());
		checklistTemplateEClass.getESuperTypes().add(this.getIdentifiable());
		ethicsReviewEClass.getESuperTypes().add(this.getIdentifiable());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiable_Id(), ecorePackage.getELong(), "id", null, 0, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifiable_Version(), ecorePackage.getEInt(), "version", null, 0, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Kind(), this.getCustomerKind(), "kind", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Name(), this.getRequiredText(), "name", null, 1, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Email(), this.getEmailAddress(), "email", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Phone(), this.getPhoneNumber(), "phone", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_City(), ecorePackage.getEString(), "city", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Country(), ecorePackage.getEString(), "country", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_PreferredLanguage(), this.getLanguage(), "preferredLanguage", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_PreferredChannel(), this.getChannel(), "preferredChannel", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Owner(), this.getRequiredText(), "owner", null, 1, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_ConsentMarketing(), ecorePackage.getEBoolean(), "consentMarketing", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_ConsentDataProcessing(), ecorePackage.getEBoolean(), "consentDataProcessing", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_ConsentRecording(), ecorePackage.getEBoolean(), "consentRecording", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), this.getRequiredText(), "name", null, 1, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Role(), ecorePackage.getEString(), "role", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), this.getEmailAddress(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), this.getPhoneNumber(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Primary(), ecorePackage.getEBoolean(), "primary", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionEClass, Interaction.class, "Interaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteraction_CustomerId(), ecorePackage.getELong(), "customerId", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Channel(), this.getChannel(), "channel", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Direction(), this.getDirection(), "direction", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 1, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_EndedAt(), ecorePackage.getEDate(), "endedAt", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Subject(), this.getRequiredText(), "subject", null, 1, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Participants(), ecorePackage.getEString(), "participants", null, 0, -1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_AccountManager(), ecorePackage.getEString(), "accountManager", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_AwaitingResponse(), ecorePackage.getEBoolean(), "awaitingResponse", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commitmentEClass, Commitment.class, "Commitment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitment_CustomerId(), ecorePackage.getELong(), "customerId", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Description(), this.getRequiredText(), "description", null, 1, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_PromisedTo(), ecorePackage.getEString(), "promisedTo", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Owner(), this.getRequiredText(), "owner", null, 1, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_DueAt(), ecorePackage.getEDate(), "dueAt", null, 1, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Priority(), this.getPriority(), "priority", "medium", 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Status(), this.getCommitmentStatus(), "status", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_SourceInteractionId(), ecorePackage.getELongObject(), "sourceInteractionId", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Kind(), this.getCommitmentKind(), "kind", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_ClosedAt(), ecorePackage.getEDate(), "closedAt", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_History(), this.getCommitmentChange(), null, "history", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commitmentChangeEClass, CommitmentChange.class, "CommitmentChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitmentChange_ChangedAt(), ecorePackage.getEDate(), "changedAt", null, 1, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_ChangedBy(), this.getRequiredText(), "changedBy", null, 1, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_FromStatus(), this.getCommitmentStatus(), "fromStatus", null, 0, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_ToStatus(), this.getCommitmentStatus(), "toStatus", null, 0, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_PreviousDueAt(), ecorePackage.getEDate(), "previousDueAt", null, 0, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_NewDueAt(), ecorePackage.getEDate(), "newDueAt", null, 0, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitmentChange_Note(), ecorePackage.getEString(), "note", null, 0, 1, CommitmentChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistTemplateEClass, ChecklistTemplate.class, "ChecklistTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistTemplate_Name(), this.getRequiredText(), "name", null, 1, 1, ChecklistTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistTemplate_TemplateVersion(), ecorePackage.getEInt(), "templateVersion", "1", 0, 1, ChecklistTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistTemplate_Channels(), this.getChannel(), "channels", null, 0, -1, ChecklistTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistTemplate_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, ChecklistTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistTemplate_Items(), this.getChecklistItem(), null, "items", null, 0, -1, ChecklistTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistItemEClass, ChecklistItem.class, "ChecklistItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistItem_Code(), this.getRequiredText(), "code", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Title(), this.getRequiredText(), "title", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Description(), ecorePackage.getEString(), "description", null, 0, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Weight(), this.getWeight(), "weight", "1.0", 0, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Critical(), ecorePackage.getEBoolean(), "critical", null, 0, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ethicsReviewEClass, EthicsReview.class, "EthicsReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEthicsReview_InteractionId(), ecorePackage.getELong(), "interactionId", null, 0, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_TemplateId(), ecorePackage.getELong(), "templateId", null, 0, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_TemplateVersion(), ecorePackage.getEInt(), "templateVersion", null, 0, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_Reviewer(), this.getRequiredText(), "reviewer", null, 1, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_Kind(), this.getReviewKind(), "kind", null, 0, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_ReviewedAt(), ecorePackage.getEDate(), "reviewedAt", null, 1, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEthicsReview_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEthicsReview_Verdicts(), this.getItemVerdict(), null, "verdicts", null, 0, -1, EthicsReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemVerdictEClass, ItemVerdict.class, "ItemVerdict", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemVerdict_ItemCode(), this.getRequiredText(), "itemCode", null, 1, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemVerdict_Verdict(), this.getVerdict(), "verdict", null, 0, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemVerdict_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemVerdict_EvidenceStart(), ecorePackage.getEInt(), "evidenceStart", "-1", 0, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemVerdict_EvidenceEnd(), ecorePackage.getEInt(), "evidenceEnd", "-1", 0, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemVerdict_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, ItemVerdict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(customerKindEEnum, CustomerKind.class, "CustomerKind");
		addEEnumLiteral(customerKindEEnum, CustomerKind.ORGANISATION);
		addEEnumLiteral(customerKindEEnum, CustomerKind.PERSON);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.MEETING);
		addEEnumLiteral(channelEEnum, Channel.CHAT);
		addEEnumLiteral(channelEEnum, Channel.SOCIAL);
		addEEnumLiteral(channelEEnum, Channel.LETTER);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INBOUND);
		addEEnumLiteral(directionEEnum, Direction.OUTBOUND);

		initEEnum(languageEEnum, Language.class, "Language");
		addEEnumLiteral(languageEEnum, Language.ENGLISH);
		addEEnumLiteral(languageEEnum, Language.RUSSIAN);
		addEEnumLiteral(languageEEnum, Language.UKRAINIAN);
		addEEnumLiteral(languageEEnum, Language.POLISH);
		addEEnumLiteral(languageEEnum, Language.HUNGARIAN);

		initEEnum(commitmentStatusEEnum, CommitmentStatus.class, "CommitmentStatus");
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.OPEN);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.KEPT);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.BROKEN);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.RENEGOTIATED);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.CANCELLED);

		initEEnum(commitmentKindEEnum, CommitmentKind.class, "CommitmentKind");
		addEEnumLiteral(commitmentKindEEnum, CommitmentKind.PROMISE);
		addEEnumLiteral(commitmentKindEEnum, CommitmentKind.RESPOND);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.HIGH);
		addEEnumLiteral(priorityEEnum, Priority.MEDIUM);
		addEEnumLiteral(priorityEEnum, Priority.LOW);

		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.UNREVIEWED);
		addEEnumLiteral(verdictEEnum, Verdict.PASS);
		addEEnumLiteral(verdictEEnum, Verdict.FAIL);
		addEEnumLiteral(verdictEEnum, Verdict.NOT_APPLICABLE);

		initEEnum(reviewKindEEnum, ReviewKind.class, "ReviewKind");
		addEEnumLiteral(reviewKindEEnum, ReviewKind.SELF);
		addEEnumLiteral(reviewKindEEnum, ReviewKind.PEER);
		addEEnumLiteral(reviewKindEEnum, ReviewKind.AUTOMATIC);

		// Initialize data types
		initEDataType(requiredTextEDataType, String.class, "RequiredText", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(emailAddressEDataType, String.class, "EmailAddress", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(phoneNumberEDataType, String.class, "PhoneNumber", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(weightEDataType, double.class, "Weight", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Candor CRM domain: customers, their interactions, the commitments made to them, ethics checklists and reviews."
		   });
		addAnnotation
		  (requiredTextEDataType,
		   source,
		   new String[] {
			   "documentation", "Text that must contain at least one non-blank character."
		   });
		addAnnotation
		  (phoneNumberEDataType,
		   source,
		   new String[] {
			   "documentation", "An international number: a plus sign, then 7 to 15 digits, optionally grouped by spaces, dashes, dots or parentheses."
		   });
		addAnnotation
		  (identifiableEClass,
		   source,
		   new String[] {
			   "documentation", "A stored record: id 0 means not yet stored; version is the optimistic-lock counter of the row."
		   });
		addAnnotation
		  (customerEClass,
		   source,
		   new String[] {
			   "constraints", "PreferredChannelReachable"
		   });
		addAnnotation
		  (getCustomer_Owner(),
		   source,
		   new String[] {
			   "documentation", "Login of the account manager who owns the relationship."
		   });
		addAnnotation
		  (interactionEClass,
		   source,
		   new String[] {
			   "constraints", "EndsAfterStart"
		   });
		addAnnotation
		  (commitmentEClass,
		   source,
		   new String[] {
			   "constraints", "DueAfterCreation RenegotiationExplained"
		   });
		addAnnotation
		  (getCommitment_Description(),
		   source,
		   new String[] {
			   "documentation", "What was promised, in the words given to the customer."
		   });
		addAnnotation
		  (checklistTemplateEClass,
		   source,
		   new String[] {
			   "constraints", "UniqueItemCodes"
		   });
		addAnnotation
		  (itemVerdictEClass,
		   source,
		   new String[] {
			   "constraints", "EvidenceSpanOrdered"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (commitmentKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Why a commitment exists: a promise someone made, or an answer owed under the response-time policy."
		   });
		addAnnotation
		  (getCommitment_ClosedAt(),
		   source,
		   new String[] {
			   "documentation", "When the commitment was kept, broken or cancelled; null while it is open."
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (requiredTextEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[\\s\\S]*\\S[\\s\\S]*",
			   "maxLength", "500"
		   });
		addAnnotation
		  (emailAddressEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}",
			   "maxLength", "254"
		   });
		addAnnotation
		  (phoneNumberEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "\\+([\\s().\\-]*\\d){7,15}[\\s().\\-]*",
			   "maxLength", "32"
		   });
		addAnnotation
		  (weightEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#double",
			   "minExclusive", "0.0",
			   "maxInclusive", "100.0"
		   });
	}

} //CandorPackageImpl
