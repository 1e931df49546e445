package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;
import dev.candor.store.InvalidDataException;
import dev.candor.store.ReviewMark;
import dev.candor.store.ReviewRepository;
import dev.candor.store.StoreException;

/**
 * Templates in CHECKLIST_TEMPLATE/CHECKLIST_ITEM, reviews in ETHICS_REVIEW
 * with all verdicts in VERDICTS ("courtesy:P,timely:F,…") and, in
 * ITEM_VERDICT, the verdicts that carry evidence or a comment (for automatic
 * reviews: the failures). See {@link ReviewsMigration}.
 */
final class ReviewRows implements ReviewRepository {

    private static final String REVIEW_COLUMNS = "ID, INTERACTION_ID, TEMPLATE_ID, TEMPLATE_VERSION, REVIEWER, KIND,"
            + " REVIEWED_AT, SCORE, VERDICTS, PASSED, JUDGED";
    private static final String INSERT_REVIEW = "INSERT INTO ETHICS_REVIEW (VERSION, " + REVIEW_COLUMNS
            + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_VERDICT = "INSERT INTO ITEM_VERDICT (REVIEW_ID, POS, ITEM_CODE, VERDICT,"
            + " EVIDENCE, EVIDENCE_START, EVIDENCE_END, COMMENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int TEXT = 4000;
    private static final int SHORT = 500;

    private final JdbcSession session;
    private final Connection connection;
    /** Critical item codes per template version, read once per session. */
    private final Map<Long, Set<String>> critical = new HashMap<>();

    ReviewRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    // ---- templates ----

    @Override
    public List<ChecklistTemplate> templates() throws StoreException {
        return SqlErrors.run(() -> readTemplates("", null));
    }

    @Override
    public Optional<ChecklistTemplate> template(long id) throws StoreException {
        return SqlErrors.run(() -> {
            List<ChecklistTemplate> found = readTemplates("WHERE ID = ?", id);
            return found.isEmpty() ? Optional.<ChecklistTemplate>empty() : Optional.of(found.get(0));
        });
    }

    private List<ChecklistTemplate> readTemplates(String where, Long id) throws SQLException {
        Map<Long, ChecklistTemplate> byId = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, VERSION, NAME, TEMPLATE_VERSION,"
                + " CHANNELS, ACTIVE FROM CHECKLIST_TEMPLATE " + where + " ORDER BY ID")) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ChecklistTemplate t = CandorFactory.eINSTANCE.createChecklistTemplate();
                    t.setId(rows.getLong(1));
                    t.setVersion(rows.getInt(2));
                    t.setName(rows.getString(3));
                    t.setTemplateVersion(rows.getInt(4));
                    String channels = rows.getString(5);
                    if (channels != null && !channels.isEmpty()) {
                        for (String literal : channels.split(",")) {
                            t.getChannels().add(Channel.get(literal));
                        }
                    }
                    t.setActive(rows.getBoolean(6));
                    byId.put(t.getId(), t);
                }
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT TEMPLATE_ID, CODE, TITLE, DESCRIPTION,"
                + " WEIGHT, CRITICAL FROM CHECKLIST_ITEM " + (id == null ? "" : "WHERE TEMPLATE_ID = ? ")
                + "ORDER BY TEMPLATE_ID, POS")) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ChecklistTemplate t = byId.get(rows.getLong(1));
                    if (t == null) {
                        continue;
                    }
                    ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
                    item.setCode(rows.getString(2));
                    item.setTitle(rows.getString(3));
                    item.setDescription(rows.getString(4));
                    item.setWeight(rows.getDouble(5));
                    item.setCritical(rows.getBoolean(6));
                    t.getItems().add(item);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    @Override
    public String templateKey(long templateId) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT TEMPLATE_KEY FROM CHECKLIST_TEMPLATE WHERE ID = ?")) {
                select.setLong(1, templateId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    @Override
    public Set<String> templateKeys() throws StoreException {
        return SqlErrors.run(() -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT TEMPLATE_KEY FROM CHECKLIST_TEMPLATE WHERE TEMPLATE_KEY IS NOT NULL");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        });
    }

    @Override
    public ChecklistTemplate publishTemplate(String key, ChecklistTemplate template, String by) throws StoreException {
        List<String> problems = new ArrayList<>();
        if (key == null || key.isBlank()) {
            problems.add(Messages.Template_NoKey);
        } else {
            Rows.fits(problems, Messages.What_TemplateKey, key, 200);
        }
        Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CHECKLIST_TEMPLATE__NAME), template.getName(), SHORT);
        if (template.getItems().isEmpty()) {
            problems.add(Messages.Template_NoItems);
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem item : template.getItems()) {
            if (item.getCode() != null && !codes.add(item.getCode())) {
                problems.add(org.eclipse.osgi.util.NLS.bind(Messages.Template_DuplicateCode, item.getCode()));
            }
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CHECKLIST_ITEM__CODE), item.getCode(), SHORT);
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CHECKLIST_ITEM__TITLE), item.getTitle(), SHORT);
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CHECKLIST_ITEM__DESCRIPTION), item.getDescription(), TEXT);
            if (!(item.getWeight() > 0)) {
                problems.add(org.eclipse.osgi.util.NLS.bind(Messages.Template_Weight, item.getTitle()));
            }
        }
        Rows.check(template, problems);
        return SqlErrors.run(() -> {
            int next;
            try (PreparedStatement max = connection.prepareStatement(
                    "SELECT MAX(TEMPLATE_VERSION) FROM CHECKLIST_TEMPLATE WHERE TEMPLATE_KEY = ?")) {
                max.setString(1, key);
                try (ResultSet rows = max.executeQuery()) {
                    rows.next();
                    next = rows.getInt(1) + 1;
                }
            }
            if (template.isActive()) {
                try (PreparedStatement off = connection.prepareStatement(
                        "UPDATE CHECKLIST_TEMPLATE SET ACTIVE = FALSE, VERSION = VERSION + 1 WHERE TEMPLATE_KEY = ?")) {
                    off.setString(1, key);
                    off.executeUpdate();
                }
            }
            session.remember(template);
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection, "INSERT INTO CHECKLIST_TEMPLATE (VERSION, NAME,"
                    + " TEMPLATE_VERSION, CHANNELS, ACTIVE, TEMPLATE_KEY, CREATED_AT, CREATED_BY)"
                    + " VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, template.getName());
                insert.setInt(2, next);
                insert.setString(3, template.getChannels().isEmpty() ? null
                        : String.join(",", template.getChannels().stream().map(Rows::literal).toList()));
                insert.setBoolean(4, template.isActive());
                insert.setString(5, key);
                Rows.setInstant(insert, 6, session.now());
                insert.setString(7, by);
                insert.executeUpdate();
                template.setId(Rows.generatedId(insert));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CHECKLIST_ITEM (TEMPLATE_ID, POS,"
                    + " CODE, TITLE, DESCRIPTION, WEIGHT, CRITICAL) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pos = 0;
                for (ChecklistItem item : template.getItems()) {
                    insert.setLong(1, template.getId());
                    insert.setInt(2, pos++);
                    insert.setString(3, item.getCode());
                    insert.setString(4, item.getTitle());
                    insert.setString(5, item.getDescription());
                    insert.setDouble(6, item.getWeight());
                    insert.setBoolean(7, item.isCritical());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            template.setVersion(1);
            template.setTemplateVersion(next);
            return template;
        });
    }

    // ---- reviews ----

    private Set<String> criticalCodes(long templateId) throws SQLException {
        Set<String> codes = critical.get(templateId);
        if (codes == null) {
            codes = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT CODE FROM CHECKLIST_ITEM WHERE TEMPLATE_ID = ? AND CRITICAL")) {
                select.setLong(1, templateId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            }
            critical.put(templateId, codes);
        }
        return codes;
    }

    private static List<String> problems(EthicsReview review) {
        List<String> problems = new ArrayList<>();
        Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.ETHICS_REVIEW__REVIEWER), review.getReviewer(), SHORT);
        if (review.getInteractionId() <= 0) {
            problems.add(Messages.Review_NoInteraction);
        }
        if (review.getVerdicts().isEmpty()) {
            problems.add(Messages.Review_NoVerdicts);
        }
        StringBuilder verdicts = new StringBuilder();
        for (ItemVerdict v : review.getVerdicts()) {
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.ITEM_VERDICT__EVIDENCE), v.getEvidence(), TEXT);
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.ITEM_VERDICT__COMMENT), v.getComment(), TEXT);
            Rows.fits(problems, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.ITEM_VERDICT__ITEM_CODE), v.getItemCode(), SHORT);
            verdicts.append(v.getItemCode()).append(":x,");
        }
        Rows.fits(problems, Messages.What_VerdictList, verdicts.toString(), TEXT);
        return problems;
    }

    @Override
    public EthicsReview save(EthicsReview review) throws StoreException {
        if (review.getId() != 0) {
            throw new IllegalArgumentException("A review is never changed; record a new one instead."); //$NON-NLS-1$
        }
        Rows.check(review, problems(review));
        return SqlErrors.run(() -> {
            if (Rows.count(connection, "SELECT COUNT(*) FROM INTERACTION WHERE ID = ?", review.getInteractionId()) == 0) {
                throw new InvalidDataException(List.of(org.eclipse.osgi.util.NLS.bind(Messages.Review_InteractionGone, review.getInteractionId())));
            }
            session.remember(review);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_REVIEW);
                    PreparedStatement verdicts = connection.prepareStatement(INSERT_VERDICT);
                    PreparedStatement ids = connection.prepareStatement(Dialect.of(connection).selectNextValue(REVIEW_IDS))) {
                review.setId(nextId(ids));
                bindReview(insert, review);
                insert.executeUpdate();
                if (bindVerdicts(verdicts, review)) {
                    verdicts.executeBatch();
                }
            }
            review.setVersion(1);
            return review;
        });
    }

    @Override
    public void saveAll(List<EthicsReview> reviews) throws StoreException {
        for (EthicsReview review : reviews) {
            List<String> problems = problems(review);
            if (!problems.isEmpty()) {
                throw new InvalidDataException(problems);
            }
        }
        SqlErrors.run(() -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_REVIEW);
                    PreparedStatement verdicts = connection.prepareStatement(INSERT_VERDICT);
                    PreparedStatement ids = connection.prepareStatement(Dialect.of(connection).selectNextValue(REVIEW_IDS))) {
                boolean anyVerdicts = false;
                for (EthicsReview review : reviews) {
                    session.remember(review);
                    review.setId(nextId(ids));
                    review.setVersion(1);
                    bindReview(insert, review);
                    insert.addBatch();
                    anyVerdicts |= bindVerdicts(verdicts, review);
                }
                insert.executeBatch();
                if (anyVerdicts) {
                    verdicts.executeBatch();
                }
            }
            return null;
        });
    }

    private static final String REVIEW_IDS = "ETHICS_REVIEW_ID"; //$NON-NLS-1$

    private static long nextId(PreparedStatement next) throws SQLException {
        try (ResultSet rows = next.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void bindReview(PreparedStatement s, EthicsReview r) throws SQLException {
        Set<String> criticalCodes = r.getTemplateId() > 0 ? criticalCodes(r.getTemplateId()) : Set.of();
        StringBuilder verdicts = new StringBuilder();
        boolean passed = true;
        int judged = 0;
        for (ItemVerdict v : r.getVerdicts()) {
            if (verdicts.length() > 0) {
                verdicts.append(',');
            }
            verdicts.append(v.getItemCode()).append(':').append(letter(v.getVerdict()));
            if (v.getVerdict() == Verdict.PASS || v.getVerdict() == Verdict.FAIL) {
                judged++;
            }
            if (v.getVerdict() == Verdict.FAIL && criticalCodes.contains(v.getItemCode())) {
                passed = false;
            }
        }
        s.setLong(1, r.getId());
        s.setLong(2, r.getInteractionId());
        if (r.getTemplateId() > 0) {
            s.setLong(3, r.getTemplateId());
        } else {
            s.setNull(3, java.sql.Types.BIGINT);
        }
        s.setInt(4, r.getTemplateVersion());
        s.setString(5, r.getReviewer());
        s.setString(6, Rows.literal(r.getKind()));
        Rows.setInstant(s, 7, r.getReviewedAt());
        s.setDouble(8, Double.isNaN(r.getScore()) ? 0 : r.getScore());
        s.setString(9, verdicts.toString());
        s.setBoolean(10, passed);
        s.setInt(11, judged);
    }

    /** Adds the verdicts worth a row to the batch; whether there were any. */
    private static boolean bindVerdicts(PreparedStatement s, EthicsReview r) throws SQLException {
        boolean any = false;
        int pos = 0;
        for (ItemVerdict v : r.getVerdicts()) {
            boolean detailed = v.getEvidence() != null || v.getComment() != null && !v.getComment().isBlank();
            boolean keep = r.getKind() == ReviewKind.AUTOMATIC ? v.getVerdict() == Verdict.FAIL
                    : detailed || v.getVerdict() == Verdict.FAIL;
            if (keep) {
                s.setLong(1, r.getId());
                s.setInt(2, pos);
                s.setString(3, v.getItemCode());
                s.setString(4, Rows.literal(v.getVerdict()));
                s.setString(5, v.getEvidence());
                s.setInt(6, v.getEvidenceStart());
                s.setInt(7, v.getEvidenceEnd());
                s.setString(8, v.getComment());
                s.addBatch();
                any = true;
            }
            pos++;
        }
        return any;
    }

    private static char letter(Verdict verdict) {
        return switch (verdict) {
        case PASS -> 'P';
        case FAIL -> 'F';
        case NOT_APPLICABLE -> 'N';
        default -> 'U';
        };
    }

    private static Verdict verdict(char letter) {
        return switch (letter) {
        case 'P' -> Verdict.PASS;
        case 'F' -> Verdict.FAIL;
        case 'N' -> Verdict.NOT_APPLICABLE;
        default -> Verdict.UNREVIEWED;
        };
    }

    @Override
    public List<EthicsReview> forInteraction(long interactionId) throws StoreException {
        return SqlErrors.run(() -> {
            Map<Long, EthicsReview> byId = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + REVIEW_COLUMNS
                    + ", VERSION FROM ETHICS_REVIEW WHERE INTERACTION_ID = ? ORDER BY REVIEWED_AT DESC, ID DESC")) {
                select.setLong(1, interactionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        EthicsReview r = CandorFactory.eINSTANCE.createEthicsReview();
                        r.setId(rows.getLong(1));
                        r.setInteractionId(rows.getLong(2));
                        r.setTemplateId(rows.getLong(3));
                        r.setTemplateVersion(rows.getInt(4));
                        r.setReviewer(rows.getString(5));
                        r.setKind(ReviewKind.get(rows.getString(6)));
                        r.setReviewedAt(Rows.date(rows, 7));
                        r.setScore(rows.getDouble(8));
                        for (String pair : rows.getString(9).split(",")) {
                            int colon = pair.lastIndexOf(':');
                            if (colon > 0) {
                                ItemVerdict v = CandorFactory.eINSTANCE.createItemVerdict();
                                v.setItemCode(pair.substring(0, colon));
                                v.setVerdict(verdict(pair.charAt(colon + 1)));
                                r.getVerdicts().add(v);
                            }
                        }
                        r.setVersion(rows.getInt(12));
                        byId.put(r.getId(), r);
                    }
                }
            }
            if (!byId.isEmpty()) {
                try (PreparedStatement select = connection.prepareStatement("SELECT V.REVIEW_ID, V.POS, V.VERDICT,"
                        + " V.EVIDENCE, V.EVIDENCE_START, V.EVIDENCE_END, V.COMMENT FROM ITEM_VERDICT V JOIN ETHICS_REVIEW R"
                        + " ON R.ID = V.REVIEW_ID WHERE R.INTERACTION_ID = ?")) {
                    select.setLong(1, interactionId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            EthicsReview r = byId.get(rows.getLong(1));
                            int pos = rows.getInt(2);
                            if (r == null || pos >= r.getVerdicts().size()) {
                                continue;
                            }
                            ItemVerdict v = r.getVerdicts().get(pos);
                            v.setVerdict(Verdict.get(rows.getString(3)));
                            v.setEvidence(rows.getString(4));
                            v.setEvidenceStart(rows.getInt(5));
                            v.setEvidenceEnd(rows.getInt(6));
                            v.setComment(rows.getString(7));
                        }
                    }
                }
            }
            return new ArrayList<>(byId.values());
        });
    }

    @Override
    public Map<Long, ReviewMark> latest(Collection<Long> interactionIds) throws StoreException {
        List<Long> ids = new ArrayList<>(interactionIds);
        return SqlErrors.run(() -> {
            Map<Long, ReviewMark> result = new HashMap<>();
            Map<Long, long[]> rank = new HashMap<>(); // human first, then newest, then highest id
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                try (PreparedStatement select = connection.prepareStatement("SELECT INTERACTION_ID, ID, SCORE, PASSED,"
                        + " JUDGED, KIND, REVIEWER, REVIEWED_AT FROM ETHICS_REVIEW WHERE INTERACTION_ID IN ("
                        + Rows.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ReviewKind kind = ReviewKind.get(rows.getString(6));
                            long[] key = { kind == ReviewKind.AUTOMATIC ? 0 : 1, rows.getLong(8),
                                    rows.getLong(2) };
                            long interaction = rows.getLong(1);
                            long[] before = rank.get(interaction);
                            if (before == null || java.util.Arrays.compare(key, before) > 0) {
                                rank.put(interaction, key);
                                result.put(interaction, new ReviewMark(interaction, rows.getLong(2), rows.getDouble(3),
                                        rows.getBoolean(4), rows.getInt(5), kind, rows.getString(7)));
                            }
                        }
                    }
                }
            }
            return result;
        });
    }

    private static String unreviewedCondition(ReviewKind kind) {
        return "NOT EXISTS (SELECT 1 FROM ETHICS_REVIEW R WHERE R.INTERACTION_ID = I.ID"
                + (kind == null ? "" : " AND R.KIND = ?") + ")";
    }

    @Override
    public long[] unreviewed(ReviewKind kind, long afterId, int limit) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT I.ID FROM INTERACTION I WHERE I.ID > ?"
                    + " AND " + unreviewedCondition(kind) + " ORDER BY I.ID FETCH FIRST " + Math.max(1, limit)
                    + " ROWS ONLY")) {
                select.setLong(1, afterId);
                if (kind != null) {
                    select.setString(2, Rows.literal(kind));
                }
                long[] found = new long[Math.max(1, limit)];
                int n = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found[n++] = rows.getLong(1);
                    }
                }
                return java.util.Arrays.copyOf(found, n);
            }
        });
    }

    @Override
    public long countUnreviewed(ReviewKind kind) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM INTERACTION I WHERE " + unreviewedCondition(kind))) {
                if (kind != null) {
                    select.setString(1, Rows.literal(kind));
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
