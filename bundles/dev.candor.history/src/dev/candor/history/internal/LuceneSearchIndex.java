package dev.candor.history.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.candor.history.GlobalSearch;
import dev.candor.history.SearchResults;
import dev.candor.history.SearchResults.InteractionHit;
import dev.candor.history.Snippets;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchDocument;
import dev.candor.store.SearchDocument.Kind;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;

/**
 * The search index: a Lucene index of folded text, fed from the store's
 * {@link dev.candor.store.SearchFeed} by change number. It is derived data:
 * a damaged index, or one of another database, is rebuilt from scratch.
 *
 * <p>Change numbers come from one database sequence but become visible when
 * their transaction commits, which with several clients may be out of order.
 * Each catch-up therefore re-reads the last {@value #OVERLAP} change numbers and
 * indexes the ones it has not seen yet.</p>
 */
public final class LuceneSearchIndex implements GlobalSearch {

    static final int OVERLAP = 100;
    private static final int BATCH = 5_000;
    private static final String KEY = "key"; //$NON-NLS-1$
    private static final String KIND = "kind"; //$NON-NLS-1$
    private static final String TEXT = "text"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String CUSTOMER = "customer"; //$NON-NLS-1$
    private static final String AT = "at"; //$NON-NLS-1$
    private static final String NAME = "name"; //$NON-NLS-1$
    private static final String WATERMARK = "changeSeq."; //$NON-NLS-1$

    /** Text is folded before it gets here, so splitting into words is all that is left. */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private static final class Progress {
        long watermark;
        final TreeSet<Long> seen = new TreeSet<>();
    }

    private final CandorStore store;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Kind, Progress> progress = new EnumMap<>(Kind.class);
    private final Object catchUpLock = new Object();

    private LuceneSearchIndex(CandorStore store, Directory directory, IndexWriter writer) throws IOException {
        this.store = store;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        Map<String, String> committed = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> committed.put(e.getKey(), e.getValue()));
        }
        for (Kind kind : Kind.values()) {
            Progress p = new Progress();
            p.watermark = Long.parseLong(committed.getOrDefault(WATERMARK + kind, "0")); //$NON-NLS-1$
            progress.put(kind, p);
        }
    }

    /** Opens the index in {@code path}; an unreadable one is deleted and started afresh. */
    public static LuceneSearchIndex open(CandorStore store, Path path) throws StoreException {
        try {
            return openOrFail(store, path);
        } catch (IOException | RuntimeException first) {
            try {
                deleteTree(path);
                return openOrFail(store, path);
            } catch (IOException | RuntimeException e) {
                throw new StoreException("The search index in " + path + " cannot be opened: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static LuceneSearchIndex openOrFail(CandorStore store, Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = new NIOFSDirectory(path);
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false); // only catchUp commits, together with the watermark it reached
        try {
            if (DirectoryReader.indexExists(directory)) {
                DirectoryReader.open(directory).close(); // fails early on a damaged index
            }
            return new LuceneSearchIndex(store, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public long catchUp(IProgressMonitor monitor) throws StoreException {
        synchronized (catchUpLock) {
            try {
                return catchUpLocked(monitor);
            } catch (IOException e) {
                throw new StoreException("The search index could not be updated: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
    }

    private long catchUpLocked(IProgressMonitor monitor) throws StoreException, IOException {
        long last = store.call(session -> session.searchFeed().lastChange());
        long behind = 0;
        for (Progress p : progress.values()) {
            if (p.watermark > last) {
                // The database is older than the index: restored from a backup, or another one.
                writer.deleteAll();
                progress.values().forEach(q -> {
                    q.watermark = 0;
                    q.seen.clear();
                });
                break;
            }
        }
        for (Progress p : progress.values()) {
            behind += Math.max(0, last - Math.max(0, p.watermark - OVERLAP));
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Updating the search index", (int) Math.min(Integer.MAX_VALUE, //$NON-NLS-1$
                Math.max(1, behind / 100)));
        long indexed = 0;
        boolean cancelled = false;
        for (Kind kind : Kind.values()) {
            Progress p = progress.get(kind);
            long after = Math.max(0, p.watermark - OVERLAP);
            while (!cancelled) {
                List<SearchDocument> batch = new ArrayList<>(BATCH);
                long from = after;
                int read = store.call(session -> session.searchFeed().changedSince(kind, from, BATCH, batch::add));
                for (SearchDocument document : batch) {
                    after = document.changeSeq();
                    if (p.seen.add(document.changeSeq())) { // not indexed yet by this index
                        writer.updateDocument(new Term(KEY, key(kind, document.id())), toLucene(document));
                        indexed++;
                    }
                    p.watermark = Math.max(p.watermark, document.changeSeq());
                }
                p.seen.headSet(p.watermark - OVERLAP).clear();
                sub.setWorkRemaining((int) Math.max(1, (last - after) / 100));
                sub.worked(Math.max(1, read / 100));
                cancelled = sub.isCanceled();
                if (read < BATCH) {
                    break;
                }
            }
        }
        if (indexed > 0 || writer.hasUncommittedChanges()) {
            Map<String, String> data = new HashMap<>();
            progress.forEach((kind, p) -> data.put(WATERMARK + kind, Long.toString(p.watermark)));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        return indexed;
    }

    private static String key(Kind kind, long id) {
        return (kind == Kind.CUSTOMER ? "c" : "i") + id; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(KEY, key(source.kind(), source.id()), Field.Store.NO));
        document.add(new StringField(KIND, source.kind().name(), Field.Store.NO));
        document.add(new StoredField(ID, source.id()));
        document.add(new StoredField(CUSTOMER, source.customerId()));
        document.add(new TextField(TEXT, SearchKeys.fold(source.title()) + '\n' + SearchKeys.fold(source.text()),
                Field.Store.NO));
        document.add(new NumericDocValuesField(AT, source.at() == null ? 0 : source.at().getTime()));
        String name = SearchKeys.fold(source.title());
        document.add(new SortedDocValuesField(NAME, new BytesRef(name.length() > 200 ? name.substring(0, 200) : name)));
        return document;
    }

    /** The words of a query as the index holds them: folded and split like the indexed text. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(TEXT, SearchKeys.fold(query))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return terms;
    }

    private static Query query(Kind kind, List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER);
        for (String term : new LinkedHashSet<>(terms)) {
            query.add(new PrefixQuery(new Term(TEXT, term)), Occur.FILTER);
        }
        return query.build();
    }

    @Override
    public SearchResults search(String query, int limit, IProgressMonitor monitor) throws StoreException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        catchUp(sub.split(8));
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return new SearchResults(query, List.of(), 0, List.of(), 0);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query customers = query(Kind.CUSTOMER, terms);
                Query interactions = query(Kind.INTERACTION, terms);
                // A few more than asked for, in case some were deleted since they were indexed.
                TopDocs customerDocs = searcher.search(customers, limit + 10, new Sort(new SortField(NAME,
                        SortField.Type.STRING)));
                TopDocs interactionDocs = searcher.search(interactions, limit + 10, new Sort(new SortField(AT,
                        SortField.Type.LONG, true)));
                List<Long> customerIds = ids(searcher, customerDocs);
                List<Long> interactionIds = ids(searcher, interactionDocs);
                long customerTotal = searcher.count(customers);
                long interactionTotal = searcher.count(interactions);
                sub.split(1);
                List<String> words = Snippets.words(query);
                return store.call(session -> {
                    List<CustomerSummary> foundCustomers = session.customers().findSummaries(customerIds);
                    List<Interaction> foundInteractions = session.interactions().findAll(interactionIds);
                    forgetMissing(Kind.CUSTOMER, customerIds, foundCustomers.stream().map(CustomerSummary::id).toList());
                    forgetMissing(Kind.INTERACTION, interactionIds,
                            foundInteractions.stream().map(Interaction::getId).toList());
                    List<Long> owners = foundInteractions.stream().map(Interaction::getCustomerId).distinct().toList();
                    Map<Long, String> names = new HashMap<>();
                    session.customers().findSummaries(owners).forEach(c -> names.put(c.id(), c.name()));
                    List<InteractionHit> hits = new ArrayList<>();
                    for (Interaction interaction : foundInteractions.subList(0, Math.min(limit, foundInteractions.size()))) {
                        String text = Snippets.firstMatch(interaction.getNotes(), words) >= 0 || words.isEmpty()
                                ? interaction.getNotes()
                                : String.join(", ", interaction.getParticipants()) + ' ' //$NON-NLS-1$
                                        + (interaction.getNotes() == null ? "" : interaction.getNotes()); //$NON-NLS-1$
                        hits.add(new InteractionHit(interaction, names.getOrDefault(interaction.getCustomerId(), ""), //$NON-NLS-1$
                                Snippets.around(text, words, 160)));
                    }
                    List<CustomerSummary> shownCustomers = foundCustomers.subList(0, Math.min(limit, foundCustomers.size()));
                    return new SearchResults(query, List.copyOf(shownCustomers), customerTotal, hits, interactionTotal);
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("The search index could not be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static List<Long> ids(IndexSearcher searcher, TopDocs docs) throws IOException {
        List<Long> ids = new ArrayList<>(docs.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc doc : docs.scoreDocs) {
            ids.add(stored.document(doc.doc).getField(ID).numericValue().longValue());
        }
        return ids;
    }

    /** Drops hits whose record was deleted; the deletion is committed with the next catch-up. */
    private void forgetMissing(Kind kind, List<Long> asked, List<Long> found) {
        if (asked.size() == found.size()) {
            return;
        }
        java.util.Set<Long> present = new java.util.HashSet<>(found);
        for (Long id : asked) {
            if (!present.contains(id)) {
                try {
                    writer.deleteDocuments(new Term(KEY, key(kind, id)));
                } catch (IOException e) {
                    // the hit is already left out of the results; the index stays as it was
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback(); // anything uncommitted is re-read from the database next time
        } catch (IOException e) {
            // nothing left to save: the index is derived data
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                // as above
            }
        }
    }
}
