package dev.candor.store;

import dev.candor.model.Channel;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;

/**
 * The columns of a customer that lists show and filter on; cheap to hold for
 * every customer at once.
 *
 * @param searchKey name, organisation, e-mail, phone and city folded by {@link SearchKeys#fold(String)}
 * @since 0.1
 */
public record CustomerSummary(long id, CustomerKind kind, String name, String organisation, String email, String phone,
        String city, String country, String owner, Language language, Channel preferredChannel, String searchKey) {
}
