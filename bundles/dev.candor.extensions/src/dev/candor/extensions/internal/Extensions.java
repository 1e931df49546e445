package dev.candor.extensions.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Installs and uninstalls Candor extensions (features) in the running installation with
 * p2, from an update site. Shared by Help > Install Extensions and the headless
 * {@code dev.candor.extensions.manage} application. Changes take effect at the next start.
 */
public final class Extensions {

    /** An extension on a site or in the installation. */
    public record Extension(String id, String version, String name, String description) {
    }

    private final IProvisioningAgent agent;
    private final IProfile profile;

    private Extensions(IProvisioningAgent agent, IProfile profile) {
        this.agent = agent;
        this.profile = profile;
    }

    /**
     * The running installation.
     *
     * @throws ProvisionException when Candor was not installed by p2 (run from a
     *         development workspace or a test), so it cannot change itself
     */
    public static Extensions ofThisInstallation() throws ProvisionException {
        BundleContext context = FrameworkUtil.getBundle(Extensions.class).getBundleContext();
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            IProvisioningAgentProvider provider = tracker.waitForService(10_000);
            IProvisioningAgent agent = provider == null ? null : provider.createAgent(null);
            IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
            IProfile profile = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
            if (profile == null) {
                throw new ProvisionException(Messages.Extensions_NotInstalled);
            }
            return new Extensions(agent, profile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisionException(Messages.Extensions_NotInstalled);
        } finally {
            tracker.close();
        }
    }

    /** The installed extensions: features added after the product itself, by name. */
    public List<Extension> installed() {
        List<Extension> found = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            // a root the user asked for, not the product nor what came with it
            if (!QueryUtil.isProduct(unit)
                    && Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
                found.add(extension(unit));
            }
        }
        found.sort(Comparator.comparing(Extension::name, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    /** The features a site offers that are not installed here, newest version of each, by name. */
    public List<Extension> available(URI site, IProgressMonitor monitor) throws ProvisionException {
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        IMetadataRepository repository = manager.loadRepository(site, monitor);
        Set<String> here = new TreeSet<>();
        for (IInstallableUnit unit : profile.available(QueryUtil.createIUGroupQuery(), null)) {
            here.add(unit.getId());
        }
        List<Extension> offered = new ArrayList<>();
        for (IInstallableUnit unit : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)) {
            if (!here.contains(unit.getId())) {
                offered.add(extension(unit));
            }
        }
        offered.sort(Comparator.comparing(Extension::name, String.CASE_INSENSITIVE_ORDER));
        return offered;
    }

    private static Extension extension(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String description = unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, null);
        return new Extension(unit.getId(), unit.getVersion().toString(), name == null ? unit.getId() : name,
                description == null ? "" : description); //$NON-NLS-1$
    }

    /** Installs the extensions with these ids from the site (and what they need from it). */
    public IStatus install(URI site, Collection<String> ids, IProgressMonitor monitor) throws ProvisionException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Extensions_Installing, String.join(", ", ids)), 100); //$NON-NLS-1$
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        IMetadataRepository repository = manager.loadRepository(site, progress.split(20));
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            Set<IInstallableUnit> found = repository
                    .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), progress.split(5)).toUnmodifiableSet();
            if (found.isEmpty()) {
                return Status.error(NLS.bind(Messages.Extensions_NotOnSite, id, site));
            }
            units.addAll(found);
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
        operation.getProvisioningContext().setMetadataRepositories(site);
        operation.getProvisioningContext().setArtifactRepositories(site);
        return run(operation, progress.split(75));
    }

    /** Uninstalls the installed extensions with these ids. */
    public IStatus uninstall(Collection<String> ids, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Extensions_Uninstalling, String.join(", ", ids)), 100); //$NON-NLS-1$
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            Set<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(id), null).toUnmodifiableSet();
            if (found.isEmpty()) {
                return Status.error(NLS.bind(Messages.Extensions_NotInstalledHere, id));
            }
            units.addAll(found);
        }
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
        return run(operation, progress.split(100));
    }

    private IStatus run(ProfileChangeOperation operation, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        operation.setProfileId(profile.getProfileId());
        IStatus resolved = operation.resolveModal(progress.split(30));
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            return resolved;
        }
        ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
        if (job == null) {
            return operation.getResolutionResult();
        }
        return job.runModal(progress.split(69));
    }
}
