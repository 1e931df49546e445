package dev.candor.layouts.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.layouts.NotPermittedException;
import dev.candor.layouts.Role;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamLayouts;
import dev.candor.layouts.TeamPolicy;
import dev.candor.layouts.TeamPolicy.PolicyFormatException;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.StoreProvider;

/**
 * Published layouts and the team policy as two people see them: {@link #ada()}, who
 * administers, and {@link #bea()}, an account manager, each through their own client.
 */
public abstract class TeamLayoutsContract {

    protected abstract CandorStore ada();

    protected abstract CandorStore bea();

    static StoreProvider provider() throws InterruptedException {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(TeamLayoutsContract.class).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        assertNotNull("no StoreProvider service", provider);
        return provider;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Derby may still hold a lock file; the folder is temporary
        }
    }

    private void assignRoles() throws Exception {
        TeamPolicy policy = TeamPolicy.none().withRoles(Map.of("ada", Role.ADMINISTRATOR, "bea", Role.ACCOUNT_MANAGER));
        ada().call(s -> TeamLayouts.savePolicy(s, policy, "ada"));
    }

    @Test
    public void aPublishedLayoutReachesTheOtherClientOnceForEachVersion() throws Exception {
        assignRoles();
        TeamLayout first = ada().call(s -> TeamLayouts.publish(s, "p.manager", "<first/>", Set.of("v.customers"), "ada"));
        assertEquals(1, first.version());

        List<TeamLayout> news = bea().call(s -> TeamLayouts.newerThan(s, Map.of()));
        assertEquals(1, news.size());
        TeamLayout seen = news.get(0);
        assertEquals("p.manager", seen.perspectiveId());
        assertEquals("<first/>", seen.model());
        assertEquals(Set.of("v.customers"), seen.lockedViews());
        assertEquals("ada", seen.publishedBy());
        assertTrue("applied version 1 is not new", bea().call(s -> TeamLayouts.newerThan(s, Map.of("p.manager", 1))).isEmpty());

        TeamLayout second = ada().call(s -> TeamLayouts.publish(s, "p.manager", "<second/>", Set.of(), "ada"));
        assertEquals(2, second.version());
        news = bea().call(s -> TeamLayouts.newerThan(s, Map.of("p.manager", 1)));
        assertEquals(1, news.size());
        assertEquals("<second/>", news.get(0).model());
        assertEquals(Set.of(), news.get(0).lockedViews());
        ada().call(s -> TeamLayouts.publish(s, "p.quality", "<q/>", Set.of(), "ada"));
        assertEquals(List.of("p.manager", "p.quality"),
                bea().call(TeamLayouts::all).stream().map(TeamLayout::perspectiveId).toList());
    }

    @Test
    public void onlyAdministratorsPublishOnceTheTeamHasOne() throws Exception {
        // a new database has no administrator: anybody may set the team up
        assertEquals(1, bea().call(s -> TeamLayouts.publish(s, "p.manager", "<bea/>", Set.of(), "bea")).version());
        assignRoles();
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> bea().call(s -> TeamLayouts.publish(s, "p.manager", "<again/>", Set.of(), "bea")));
        assertTrue(refused.getMessage(), refused.getMessage().contains("bea"));
        TeamLayout stored = ada().call(s -> TeamLayouts.published(s, "p.manager")).orElseThrow();
        assertEquals("nothing written", 1, stored.version());
        assertEquals("<bea/>", stored.model());
        assertThrows(NotPermittedException.class, () -> bea().call(s -> {
            TeamLayouts.withdraw(s, stored, "bea");
            return null;
        }));
        TeamPolicy policy = bea().call(TeamLayouts::policy);
        assertThrows(NotPermittedException.class, () -> bea().call(s -> TeamLayouts.savePolicy(s,
                policy.withRoles(Map.of("bea", Role.ADMINISTRATOR)), "bea")));
        ada().call(s -> {
            TeamLayouts.withdraw(s, stored, "ada");
            return null;
        });
        assertFalse(bea().call(s -> TeamLayouts.published(s, "p.manager")).isPresent());
    }

    @Test
    public void thePolicyNeverLeavesTheTeamWithoutAnAdministrator() throws Exception {
        assignRoles();
        TeamPolicy stored = ada().call(TeamLayouts::policy);
        TeamPolicy noAdministrator = stored.withRoles(Map.of("ada", Role.QUALITY_LEAD, "bea", Role.ACCOUNT_MANAGER));
        PolicyFormatException problem = assertThrows(PolicyFormatException.class, () -> noAdministrator.checkSavableBy("ada"));
        assertEquals(1, problem.getProblems().size());
        assertThrows(NotPermittedException.class, () -> ada().call(s -> TeamLayouts.savePolicy(s, noAdministrator, "ada")));
        TeamPolicy lockedOut = stored.withRoles(Map.of("bea", Role.ADMINISTRATOR, "ada", Role.QUALITY_LEAD));
        assertThrows(PolicyFormatException.class, () -> lockedOut.checkSavableBy("ada"));
        assertThrows(NotPermittedException.class, () -> ada().call(s -> TeamLayouts.savePolicy(s, lockedOut, "ada")));
        assertEquals("unchanged", stored, bea().call(TeamLayouts::policy));
    }

    @Test
    public void rolesAndHiddenCapabilitiesAreSharedAndEditsConflict() throws Exception {
        assignRoles();
        TeamPolicy adasCopy = ada().call(TeamLayouts::policy);
        TeamPolicy beasCopy = bea().call(TeamLayouts::policy);
        TeamPolicy saved = ada().call(s -> TeamLayouts.savePolicy(s,
                adasCopy.withHidden(Role.ACCOUNT_MANAGER, Set.of("x.dashboard")), "ada"));
        assertEquals(adasCopy.version() + 1, saved.version());

        TeamPolicy read = bea().call(TeamLayouts::policy);
        assertEquals(Role.ACCOUNT_MANAGER, read.roleOf("bea", Role.QUALITY_LEAD));
        assertEquals("someone nobody named gets the fallback", Role.QUALITY_LEAD, read.roleOf("cyd", Role.QUALITY_LEAD));
        assertEquals(Set.of("x.dashboard"), read.hiddenFrom(Role.ACCOUNT_MANAGER));
        assertEquals(Set.of(), read.hiddenFrom(Role.ADMINISTRATOR));
        assertFalse(read.mayAdminister("bea"));
        assertTrue(read.mayAdminister("ada"));

        // ada's stale copy (an edit that started before her save) must not overwrite it
        assertThrows(ConflictException.class, () -> ada().call(s -> TeamLayouts.savePolicy(s,
                beasCopy.withHidden(Role.QUALITY_LEAD, Set.of("x.history")), "ada")));
        assertEquals(Set.of("x.dashboard"), bea().call(TeamLayouts::policy).hiddenFrom(Role.ACCOUNT_MANAGER));
    }

    @Test
    public void editedRolesNameEveryWrongLine() throws Exception {
        Map<String, Role> roles = TeamPolicy.parseRoles("# the team\nada = administrator\n\n bea=AccountManager \n");
        assertEquals(Map.of("ada", Role.ADMINISTRATOR, "bea", Role.ACCOUNT_MANAGER), roles);
        PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> TeamPolicy.parseRoles(
                "ada = administrator\nbea\n = qualityLead\ncyd = boss\nADA = qualityLead\n" + "x".repeat(129) + " = administrator"));
        List<String> problems = e.getProblems();
        assertEquals(problems.toString(), 5, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("2") && problems.get(0).contains("bea"));
        assertTrue(problems.get(1), problems.get(1).contains("3"));
        assertTrue(problems.get(2), problems.get(2).contains("boss") && problems.get(2).contains("administrator"));
        assertTrue(problems.get(3), problems.get(3).contains("5") && problems.get(3).contains("(line 1)"));
        assertTrue(problems.get(4), problems.get(4).contains("128"));
    }

    @Test
    public void badPublicationsAreRefusedBeforeAnythingIsWritten() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> ada().call(s -> TeamLayouts.publish(s, " ", "<m/>", Set.of(), "ada")));
        assertThrows(IllegalArgumentException.class,
                () -> ada().call(s -> TeamLayouts.publish(s, "p." + "x".repeat(200), "<m/>", Set.of(), "ada")));
        assertThrows(IllegalArgumentException.class, () -> ada().call(s -> TeamLayouts.publish(s, "p.manager", "", Set.of(), "ada")));
        assertTrue(bea().call(TeamLayouts::all).isEmpty());
    }
}
