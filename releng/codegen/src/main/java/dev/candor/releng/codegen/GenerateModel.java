package dev.candor.releng.codegen;

import java.io.File;
import java.util.Collections;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF model generator on {@code model/candor.genmodel} without an
 * Eclipse workspace: the genmodel's {@code platform:/resource/dev.candor.model}
 * paths are mapped onto the bundle folder given as the only argument.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateModel <path of bundles/dev.candor.model>");
        }
        File bundle = new File(args[0]).getCanonicalFile();
        File genModelFile = new File(bundle, "model/candor.genmodel");
        if (!genModelFile.isFile()) {
            throw new IllegalArgumentException("no genmodel at " + genModelFile);
        }

        // Standalone set-up of what the EMF plug-ins register through extension points.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/dev.candor.model/", false),
                URI.createFileURI(bundle.getPath() + File.separator));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);

        genModel.reconcile();
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("the genmodel is not valid: " + diagnostic);
        }
        // Keep the reconciled genmodel, so that it always lists every class.
        resource.save(Collections.emptyMap());

        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + result);
        }
        System.out.println("Generated the Candor model code into " + new File(bundle, "src"));
    }
}
