package dev.candor.layouts.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A perspective of the workbench model as text and back. The copy is made the way the
 * workbench saves a perspective as a snippet: placeholders lose their reference to the
 * window's shared parts, which the workbench finds again by id when it opens the
 * perspective; so the text holds nothing of one window.
 */
final class PerspectiveModels {

    private static final URI NAME = URI.createURI("candor-layout.xmi"); //$NON-NLS-1$

    private PerspectiveModels() {
    }

    static String serialize(MPerspective perspective, EModelService models) {
        MPerspective copy = (MPerspective) models.cloneElement(perspective, null);
        copy.getTransientData().clear();
        for (MPlaceholder placeholder : models.findElements(copy, null, MPlaceholder.class)) {
            placeholder.setRef(null);
            placeholder.getTransientData().clear();
        }
        Resource resource = new XMIResourceImpl(NAME);
        resource.getContents().add((EObject) copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new IllegalStateException("The perspective could not be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @throws IOException when the text is not a perspective (a damaged document)
     */
    static MPerspective parse(String text) throws IOException {
        Resource resource = new XMIResourceImpl(NAME);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof MPerspective)) {
            throw new IOException("not a perspective"); //$NON-NLS-1$
        }
        MPerspective perspective = (MPerspective) resource.getContents().remove(0);
        return perspective;
    }
}
