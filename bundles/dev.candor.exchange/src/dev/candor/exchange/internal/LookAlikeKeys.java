package dev.candor.exchange.internal;

import java.util.Arrays;

import dev.candor.model.Customer;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The look-alike keys (e-mail, phone, name; as New Customer compares them) of every customer in
 * Candor, held as sorted 64-bit hashes: eight bytes a key, so that a large import asks the
 * database only about the records that may look like a customer, not about every record.
 * A hash that matches is only a "may": the database then says which customers really look alike.
 */
final class LookAlikeKeys {

    private final long[] hashes;

    private LookAlikeKeys(long[] hashes) {
        this.hashes = hashes;
    }

    /** The keys of the customers {@code session} sees. */
    static LookAlikeKeys of(StoreSession session) throws StoreException {
        long[][] found = { new long[1024] };
        int[] size = { 0 };
        session.customers().forEachSummary(summary -> {
            for (String key : keys(summary.email(), summary.phone(), summary.name())) {
                if (key != null) {
                    if (size[0] == found[0].length) {
                        found[0] = Arrays.copyOf(found[0], size[0] * 2);
                    }
                    found[0][size[0]++] = hash(key);
                }
            }
        });
        long[] hashes = Arrays.copyOf(found[0], size[0]);
        Arrays.sort(hashes);
        return new LookAlikeKeys(hashes);
    }

    /** Whether a customer in Candor may look like {@code candidate}. */
    boolean mayMatch(Customer candidate) {
        for (String key : keys(candidate.getEmail(), candidate.getPhone(), candidate.getName())) {
            if (key != null && Arrays.binarySearch(hashes, hash(key)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The keys {@code CustomerRepository.findSimilar} looks up, each told apart by its kind. */
    private static String[] keys(String email, String phone, String name) {
        SearchKeys.Similarity keys = SearchKeys.similarity(email, phone, name);
        return new String[] { keys.email() == null ? null : "e" + keys.email(), //$NON-NLS-1$
                keys.phone() == null ? null : "p" + keys.phone(), //$NON-NLS-1$
                keys.name() == null ? null : "n" + keys.name() }; //$NON-NLS-1$
    }

    /** FNV-1a over the UTF-16 code units, 64 bits, with a final mix. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
