package org.magnolianews.host.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the modules to run, as Magnolia does: every module descriptor on the classpath
 * (META-INF/magnolia/*.xml), and every folder of the light-modules directory. A light module with the
 * name of a jar module is an error, as in Magnolia, where module names are unique.
 */
public final class ModuleDiscovery {

    private static final String DESCRIPTOR_FOLDER = "META-INF/magnolia";

    private final ModuleDescriptorReader descriptorReader = new ModuleDescriptorReader();

    public List<InstalledModule> discover(ClassLoader classLoader, Optional<Path> lightModulesDir) {
        Map<String, InstalledModule> modules = new LinkedHashMap<>();
        for (ResourceRoot root : classpathRoots(classLoader)) {
            for (Path descriptorFile : descriptorFiles(root)) {
                ModuleDescriptor descriptor = readDescriptor(descriptorFile, root);
                InstalledModule previous = modules.putIfAbsent(descriptor.name(),
                        new InstalledModule(descriptor.name(), Optional.of(descriptor), root));
                if (previous != null && !previous.root().equals(root)) {
                    throw new ModuleException("module '" + descriptor.name() + "' is on the classpath twice: "
                            + previous.root().label() + " and " + root.label());
                }
            }
        }
        lightModulesDir.ifPresent(dir -> addLightModules(dir, modules));
        List<InstalledModule> discovered = List.copyOf(modules.values());
        new DependencyCheck(HostPlatform.PROVIDED_MODULES).check(discovered);
        return discovered;
    }

    private void addLightModules(Path dir, Map<String, InstalledModule> modules) {
        if (!Files.isDirectory(dir)) {
            throw new ModuleException("light-modules directory " + dir + " does not exist");
        }
        ResourceRoot root = new ResourceRoot(dir.toAbsolutePath().normalize(), dir.toString());
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (modules.containsKey(name)) {
                    throw new ModuleException("light module '" + name + "' in " + dir
                            + " has the name of a module already installed from " + modules.get(name).root().label());
                }
                modules.put(name, new InstalledModule(name, Optional.empty(), root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModuleDescriptor readDescriptor(Path file, ResourceRoot root) {
        try (InputStream in = Files.newInputStream(file)) {
            return descriptorReader.read(in, root.label() + ":" + root.root().relativize(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> descriptorFiles(ResourceRoot root) {
        Path folder = root.root().resolve(DESCRIPTOR_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ResourceRoot> classpathRoots(ClassLoader classLoader) {
        List<ResourceRoot> roots = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(DESCRIPTOR_FOLDER))) {
                roots.add(rootOf(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    private static ResourceRoot rootOf(URL descriptorFolder) {
        try {
            URI uri = descriptorFolder.toURI();
            if ("jar".equals(uri.getScheme())) {
                String jar = uri.getSchemeSpecificPart();
                String jarFile = jar.substring(0, jar.indexOf("!/"));
                return new ResourceRoot(jarFileSystem(uri).getPath("/"), "classpath:" + Path.of(URI.create(jarFile)).getFileName());
            }
            Path folder = Path.of(uri);
            return new ResourceRoot(folder.getParent().getParent(), "classpath:" + folder.getParent().getParent());
        } catch (URISyntaxException e) {
            throw new ModuleException("cannot read module descriptors at " + descriptorFolder + ": " + e.getMessage());
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
