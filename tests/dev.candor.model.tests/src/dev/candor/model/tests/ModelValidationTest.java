package dev.candor.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;

public class ModelValidationTest {

    private static final CandorFactory F = CandorFactory.eINSTANCE;

    static Customer validCustomer() {
        Customer c = F.createCustomer();
        c.setName("Zakład Usług Łączności \u201eŻuraw\u201d");
        c.setOwner("anna.kowalska");
        c.setEmail("biuro@zuraw.pl");
        c.setPhone("+48 22 123 45 67");
        return c;
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).collect(Collectors.toList());
    }

    @Test
    public void validCustomerHasNoProblems() {
        assertEquals(List.of(), messages(ModelValidation.validate(validCustomer())));
    }

    @Test
    public void blankNameIsRequiredAtTheNameField() {
        Customer c = validCustomer();
        c.setName("   ");
        List<Problem> problems = ModelValidation.validate(c);
        assertEquals(1, problems.size());
        assertEquals(CandorPackage.Literals.CUSTOMER__NAME, problems.get(0).feature());
        assertEquals("Name is required.", problems.get(0).message());
    }

    @Test
    public void malformedEmailAndPhoneAreNamedWithoutRegularExpressions() {
        Customer c = validCustomer();
        c.setEmail("kowalski(at)example");
        c.setPhone("12");
        List<String> messages = messages(ModelValidation.validate(c));
        assertEquals(2, messages.size());
        assertTrue(messages.get(0), messages.get(0).contains("\"kowalski(at)example\" is not an e-mail address"));
        assertTrue(messages.get(1), messages.get(1).contains("\"12\" is not an international phone number"));
    }

    @Test
    public void phoneFormatsThatPeopleTypeAreAccepted() {
        for (String phone : new String[] { "+7 (495) 123-45-67", "+380441234567", "+36 1 123 4567", "+48.22.123.45.67" }) {
            Customer c = validCustomer();
            c.setPhone(phone);
            assertEquals(phone, List.of(), messages(ModelValidation.validate(c)));
        }
    }

    @Test
    public void tooLongNameReportsItsLength() {
        Customer c = validCustomer();
        c.setName("x".repeat(501));
        List<String> messages = messages(ModelValidation.validate(c));
        assertEquals(List.of("Name has 501 characters; at most 500 are allowed."), messages);
    }

    @Test
    public void preferredEmailNeedsAnAddress() {
        Customer c = validCustomer();
        c.setEmail(null);
        c.setPreferredChannel(Channel.EMAIL);
        List<Problem> problems = ModelValidation.validate(c);
        assertEquals(1, problems.size());
        assertEquals(CandorPackage.Literals.CUSTOMER__EMAIL, problems.get(0).feature());
        assertTrue(problems.get(0).message().contains("prefers e-mail"));
    }

    @Test
    public void contactsAreValidatedToo() {
        Customer c = validCustomer();
        Contact contact = F.createContact();
        contact.setName("Ольга Петренко");
        contact.setEmail("olga@");
        c.getContacts().add(contact);
        List<Problem> problems = ModelValidation.validate(c);
        assertEquals(1, problems.size());
        assertEquals(contact, problems.get(0).object());
        assertTrue(problems.get(0).message().startsWith("Contact e-mail"));
    }

    @Test
    public void interactionMayNotEndBeforeItStarts() {
        Interaction i = F.createInteraction();
        i.setSubject("Звонок по договору");
        i.setStartedAt(new Date(10_000));
        i.setEndedAt(new Date(5_000));
        List<Problem> problems = ModelValidation.validate(i);
        assertEquals(1, problems.size());
        assertEquals(CandorPackage.Literals.INTERACTION__ENDED_AT, problems.get(0).feature());
    }

    @Test
    public void interactionNeedsStartAndSubject() {
        Interaction i = F.createInteraction();
        List<Object> features = ModelValidation.validate(i).stream().map(Problem::feature).collect(Collectors.toList());
        assertEquals(List.of(CandorPackage.Literals.INTERACTION__STARTED_AT, CandorPackage.Literals.INTERACTION__SUBJECT),
                features);
    }

    @Test
    public void renegotiationMustSayWhatTheCustomerWasToldAndSetANewDate() {
        Commitment c = F.createCommitment();
        c.setDescription("Send the revised offer");
        c.setOwner("anna.kowalska");
        c.setCreatedAt(new Date(0));
        c.setDueAt(new Date(86_400_000));
        CommitmentChange change = F.createCommitmentChange();
        change.setChangedAt(new Date(1_000));
        change.setChangedBy("anna.kowalska");
        change.setFromStatus(CommitmentStatus.OPEN);
        change.setToStatus(CommitmentStatus.RENEGOTIATED);
        c.getHistory().add(change);
        assertEquals(2, ModelValidation.validate(c).size());
        change.setNote("Told the customer on the phone: Monday instead of Friday.");
        change.setNewDueAt(new Date(3 * 86_400_000L));
        assertEquals(List.of(), messages(ModelValidation.validate(c)));
    }

    @Test
    public void commitmentCannotBeDueBeforeItWasMade() {
        Commitment c = F.createCommitment();
        c.setDescription("Call back");
        c.setOwner("o");
        c.setCreatedAt(new Date(100_000));
        c.setDueAt(new Date(1_000));
        assertEquals(CandorPackage.Literals.COMMITMENT__DUE_AT, ModelValidation.validate(c).get(0).feature());
    }

    @Test
    public void templateItemCodesAreUniqueAndWeightsPositive() {
        ChecklistTemplate t = F.createChecklistTemplate();
        t.setName("Default");
        for (int i = 0; i < 2; i++) {
            ChecklistItem item = F.createChecklistItem();
            item.setCode("courtesy");
            item.setTitle("Courtesy and greeting");
            t.getItems().add(item);
        }
        t.getItems().get(1).setWeight(0);
        List<String> messages = messages(ModelValidation.validate(t));
        assertEquals(messages.toString(), 2, messages.size());
        assertTrue(messages.stream().anyMatch(m -> m.contains("more than one item with the code")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Weight: 0.0 must be more than 0")));
    }

    @Test
    public void evidenceSpanMustBeOrdered() {
        ItemVerdict v = F.createItemVerdict();
        v.setItemCode("calm-tone");
        v.setEvidenceStart(20);
        v.setEvidenceEnd(10);
        assertEquals(1, ModelValidation.validate(v).size());
        v.setEvidenceEnd(30);
        assertEquals(0, ModelValidation.validate(v).size());
    }
}
