/**
 */
package dev.candor.model.util;

import dev.candor.model.*;

import java.util.Map;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import dev.candor.model.internal.Messages;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see dev.candor.model.CandorPackage
 * @generated
 */
public class CandorValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CandorValidator INSTANCE = new CandorValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "dev.candor.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int CUSTOMER__PREFERRED_CHANNEL_REACHABLE = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int INTERACTION__ENDS_AFTER_START = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int COMMITMENT__DUE_AFTER_CREATION = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int COMMITMENT__RENEGOTIATION_EXPLAINED = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int CHECKLIST_TEMPLATE__UNIQUE_ITEM_CODES = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of the invariant it names.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int ITEM_VERDICT__EVIDENCE_SPAN_ORDERED = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CandorValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CandorPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CandorPackage.IDENTIFIABLE:
				return validateIdentifiable((Identifiable)value, diagnostics, context);
			case CandorPackage.CUSTOMER:
				return validateCustomer((Customer)value, diagnostics, context);
			case CandorPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case CandorPackage.INTERACTION:
				return validateInteraction((Interaction)value, diagnostics, context);
			case CandorPackage.COMMITMENT:
				return validateCommitment((Commitment)value, diagnostics, context);
			case CandorPackage.COMMITMENT_CHANGE:
				return validateCommitmentChange((CommitmentChange)value, diagnostics, context);
			case CandorPackage.CHECKLIST_TEMPLATE:
				return validateChecklistTemplate((ChecklistTemplate)value, diagnostics, context);
			case CandorPackage.CHECKLIST_ITEM:
				return validateChecklistItem((ChecklistItem)value, diagnostics, context);
			case CandorPackage.ETHICS_REVIEW:
				return validateEthicsReview((EthicsReview)value, diagnostics, context);
			case CandorPackage.ITEM_VERDICT:
				return validateItemVerdict((ItemVerdict)value, diagnostics, context);
			case CandorPackage.CUSTOMER_KIND:
				return validateCustomerKind((CustomerKind)value, diagnostics, context);
			case CandorPackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case CandorPackage.DIRECTION:
				return validateDirection((Direction)value, diagnostics, context);
			case CandorPackage.LANGUAGE:
				return validateLanguage((Language)value, diagnostics, context);
			case CandorPackage.COMMITMENT_STATUS:
				return validateCommitmentStatus((CommitmentStatus)value, diagnostics, context);
			case CandorPackage.COMMITMENT_KIND:
				return validateCommitmentKind((CommitmentKind)value, diagnostics, context);
			case CandorPackage.PRIORITY:
				return validatePriority((Priority)value, diagnostics, context);
			case CandorPackage.VERDICT:
				return validateVerdict((Verdict)value, diagnostics, context);
			case CandorPackage.REVIEW_KIND:
				return validateReviewKind((ReviewKind)value, diagnostics, context);
			case CandorPackage.REQUIRED_TEXT:
				return validateRequiredText((String)value, diagnostics, context);
			case CandorPackage.EMAIL_ADDRESS:
				return validateEmailAddress((String)value, diagnostics, context);
			case CandorPackage.PHONE_NUMBER:
				return validatePhoneNumber((String)value, diagnostics, context);
			case CandorPackage.WEIGHT:
				return validateWeight((Double)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifiable(Identifiable identifiable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identifiable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomer(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(customer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomer_PreferredChannelReachable(customer, diagnostics, context);
		return result;
	}

	/**
	 * Validates the PreferredChannelReachable constraint of '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCustomer_PreferredChannelReachable(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (customer.getPreferredChannel() == Channel.EMAIL && isBlank(customer.getEmail())) {
			return error(diagnostics, CUSTOMER__PREFERRED_CHANNEL_REACHABLE, NLS.bind(Messages.Customer_PreferredChannelEmailMissing, customer.getName()), customer, CandorPackage.Literals.CUSTOMER__EMAIL);
		}
		if (customer.getPreferredChannel() == Channel.PHONE && isBlank(customer.getPhone())) {
			return error(diagnostics, CUSTOMER__PREFERRED_CHANNEL_REACHABLE, NLS.bind(Messages.Customer_PreferredChannelPhoneMissing, customer.getName()), customer, CandorPackage.Literals.CUSTOMER__PHONE);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteraction(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interaction, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interaction, diagnostics, context);
		if (result || diagnostics != null) result &= validateInteraction_EndsAfterStart(interaction, diagnostics, context);
		return result;
	}

	/**
	 * Validates the EndsAfterStart constraint of '<em>Interaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInteraction_EndsAfterStart(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (interaction.getStartedAt() != null && interaction.getEndedAt() != null
				&& interaction.getEndedAt().before(interaction.getStartedAt())) {
			return error(diagnostics, INTERACTION__ENDS_AFTER_START, NLS.bind(Messages.Interaction_EndsBeforeStart, interaction.getSubject()), interaction, CandorPackage.Literals.INTERACTION__ENDED_AT);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommitment(Commitment commitment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(commitment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validateCommitment_DueAfterCreation(commitment, diagnostics, context);
		if (result || diagnostics != null) result &= validateCommitment_RenegotiationExplained(commitment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DueAfterCreation constraint of '<em>Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCommitment_DueAfterCreation(Commitment commitment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (commitment.getCreatedAt() != null && commitment.getDueAt() != null
				&& commitment.getDueAt().before(commitment.getCreatedAt())) {
			return error(diagnostics, COMMITMENT__DUE_AFTER_CREATION, NLS.bind(Messages.Commitment_DueBeforeCreation, commitment.getDescription()), commitment, CandorPackage.Literals.COMMITMENT__DUE_AT);
		}
		return true;
	}

	/**
	 * Validates the RenegotiationExplained constraint of '<em>Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCommitment_RenegotiationExplained(Commitment commitment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (CommitmentChange change : commitment.getHistory()) {
			if (change.getToStatus() != CommitmentStatus.RENEGOTIATED) {
				continue;
			}
			if (isBlank(change.getNote())) {
				valid = error(diagnostics, COMMITMENT__RENEGOTIATION_EXPLAINED, NLS.bind(Messages.Commitment_RenegotiationWithoutNote, commitment.getDescription()), change, CandorPackage.Literals.COMMITMENT_CHANGE__NOTE);
			}
			if (change.getNewDueAt() == null) {
				valid = error(diagnostics, COMMITMENT__RENEGOTIATION_EXPLAINED, NLS.bind(Messages.Commitment_RenegotiationWithoutNewDue, commitment.getDescription()), change, CandorPackage.Literals.COMMITMENT_CHANGE__NEW_DUE_AT);
			}
			if (!valid && diagnostics == null) {
				return false;
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommitmentChange(CommitmentChange commitmentChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(commitmentChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChecklistTemplate(ChecklistTemplate checklistTemplate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(checklistTemplate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(checklistTemplate, diagnostics, context);
		if (result || diagnostics != null) result &= validateChecklistTemplate_UniqueItemCodes(checklistTemplate, diagnostics, context);
		return result;
	}

	/**
	 * Validates the UniqueItemCodes constraint of '<em>Checklist Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateChecklistTemplate_UniqueItemCodes(ChecklistTemplate checklistTemplate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Set<String> codes = new HashSet<>();
		boolean valid = true;
		for (ChecklistItem item : checklistTemplate.getItems()) {
			if (item.getCode() != null && !codes.add(item.getCode())) {
				valid = error(diagnostics, CHECKLIST_TEMPLATE__UNIQUE_ITEM_CODES, NLS.bind(Messages.ChecklistTemplate_DuplicateItemCode, checklistTemplate.getName(), item.getCode()), item, CandorPackage.Literals.CHECKLIST_ITEM__CODE);
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChecklistItem(ChecklistItem checklistItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(checklistItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEthicsReview(EthicsReview ethicsReview, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ethicsReview, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemVerdict(ItemVerdict itemVerdict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(itemVerdict, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(itemVerdict, diagnostics, context);
		if (result || diagnostics != null) result &= validateItemVerdict_EvidenceSpanOrdered(itemVerdict, diagnostics, context);
		return result;
	}

	/**
	 * Validates the EvidenceSpanOrdered constraint of '<em>Item Verdict</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateItemVerdict_EvidenceSpanOrdered(ItemVerdict itemVerdict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int start = itemVerdict.getEvidenceStart();
		int end = itemVerdict.getEvidenceEnd();
		boolean noSpan = start == -1 && end == -1;
		if (!noSpan && (start < 0 || end < start)) {
			return error(diagnostics, ITEM_VERDICT__EVIDENCE_SPAN_ORDERED, NLS.bind(Messages.ItemVerdict_EvidenceSpanInvalid, new Object[] { itemVerdict.getItemCode(), start, end }), itemVerdict, CandorPackage.Literals.ITEM_VERDICT__EVIDENCE_START);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerKind(CustomerKind customerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirection(Direction direction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLanguage(Language language, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommitmentStatus(CommitmentStatus commitmentStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommitmentKind(CommitmentKind commitmentKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority(Priority priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVerdict(Verdict verdict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewKind(ReviewKind reviewKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequiredText(String requiredText, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateRequiredText_Pattern(requiredText, diagnostics, context);
		if (result || diagnostics != null) result &= validateRequiredText_MaxLength(requiredText, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateRequiredText_Pattern
	 */
	public static final  PatternMatcher [][] REQUIRED_TEXT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[\\s\\S]*\\S[\\s\\S]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Required Text</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequiredText_Pattern(String requiredText, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CandorPackage.Literals.REQUIRED_TEXT, requiredText, REQUIRED_TEXT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Required Text</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequiredText_MaxLength(String requiredText, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = requiredText.length();
		boolean result = length <= 500;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CandorPackage.Literals.REQUIRED_TEXT, requiredText, length, 500, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmailAddress(String emailAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateEmailAddress_Pattern(emailAddress, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmailAddress_MaxLength(emailAddress, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateEmailAddress_Pattern
	 */
	public static final  PatternMatcher [][] EMAIL_ADDRESS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Email Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmailAddress_Pattern(String emailAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CandorPackage.Literals.EMAIL_ADDRESS, emailAddress, EMAIL_ADDRESS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Email Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmailAddress_MaxLength(String emailAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = emailAddress.length();
		boolean result = length <= 254;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CandorPackage.Literals.EMAIL_ADDRESS, emailAddress, length, 254, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneNumber(String phoneNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePhoneNumber_Pattern(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validatePhoneNumber_MaxLength(phoneNumber, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePhoneNumber_Pattern
	 */
	public static final  PatternMatcher [][] PHONE_NUMBER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("\\+([\\s().\\-]*\\d){7,15}[\\s().\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Phone Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneNumber_Pattern(String phoneNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CandorPackage.Literals.PHONE_NUMBER, phoneNumber, PHONE_NUMBER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Phone Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneNumber_MaxLength(String phoneNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = phoneNumber.length();
		boolean result = length <= 32;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CandorPackage.Literals.PHONE_NUMBER, phoneNumber, length, 32, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeight(double weight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateWeight_Min(weight, diagnostics, context);
		if (result || diagnostics != null) result &= validateWeight_Max(weight, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateWeight_Min
	 */
	public static final double WEIGHT__MIN__VALUE = 0.0;

	/**
	 * Validates the Min constraint of '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeight_Min(double weight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = weight > WEIGHT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(CandorPackage.Literals.WEIGHT, weight, WEIGHT__MIN__VALUE, false, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateWeight_Max
	 */
	public static final double WEIGHT__MAX__VALUE = 100.0;

	/**
	 * Validates the Max constraint of '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeight_Max(double weight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = weight <= WEIGHT__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(CandorPackage.Literals.WEIGHT, weight, WEIGHT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Adds an error that names the offending feature, so that editors can show it at the field.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static boolean error(DiagnosticChain diagnostics, int code, String message, EObject object, EStructuralFeature feature) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { object, feature }));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}


	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CandorValidator
