package com.ratecard;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.ratecard.cli.ServeCommand;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: each package is one step and never reaches a later one. */
class LayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.ratecard");

    @Test
    void eachStepUsesOnlyTheStepsBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("data").definedBy("com.ratecard.data..")
                .layer("pricing").definedBy("com.ratecard.pricing..")
                .layer("render").definedBy("com.ratecard.render..")
                .layer("delivery").definedBy("com.ratecard.delivery..")
                .layer("cli").definedBy("com.ratecard.cli..")
                .layer("web").definedBy("com.ratecard.web..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("delivery").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("render").mayOnlyBeAccessedByLayers("delivery", "cli", "web")
                .whereLayer("pricing").mayOnlyBeAccessedByLayers("render", "delivery", "cli", "web")
                .withOptionalLayers(true)
                // the one way in: "ratecard serve" starts the web app; nothing else of cli knows it, and web never reaches cli
                .ignoreDependency(equivalentTo(ServeCommand.class), resideInAPackage("com.ratecard.web.."))
                .check(MAIN);
    }
}
