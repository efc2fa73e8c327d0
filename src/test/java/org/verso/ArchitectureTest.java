package org.verso;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.verso.translation.Revision;
import org.verso.translation.Translation;
import org.verso.translation.TranslationWriter;

/** The layers of ARCHITECTURE.md as executable rules (house style rule 3). */
@ArchTag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
@AnalyzeClasses(packages = "org.verso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx.."};

    /** REST and page resources: they turn HTTP into service calls and nothing more. */
    private static final DescribedPredicate<JavaClass> RESOURCES = new DescribedPredicate<>("resources (*Api, *Pages, *Page)") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getSimpleName();
            return name.endsWith("Api") || name.endsWith("Pages") || name.endsWith("Page");
        }
    };

    private static final DescribedPredicate<JavaMethodCall> STATIC_CALL_ON_ENTITY =
            new DescribedPredicate<>("a static method of a Panache entity") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                            && call.getTarget().resolveMember()
                                    .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(true);
                }
            };

    private static final Set<String> TRANSLATION_STATE = Set.of("text", "status", "version", "updatedBy", "updatedAt");

    private static final DescribedPredicate<JavaFieldAccess> SETS_TRANSLATION_STATE =
            new DescribedPredicate<>("a write of a translation's text, status, version or author") {
                @Override
                public boolean test(JavaFieldAccess access) {
                    return access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && access.getTargetOwner().isEquivalentTo(Translation.class)
                            && TRANSLATION_STATE.contains(access.getName());
                }
            };

    private static final DescribedPredicate<JavaMethodCall> WRITES_REVISIONS =
            new DescribedPredicate<>("Revision.record or a bulk update of revisions") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Revision.class)
                            && Set.of("record", "update", "delete", "deleteAll").contains(call.getName());
                }
            };

    /** Issue 18: one write path. Everything that changes a translation goes through TranslationWriter. */
    @ArchTest
    static final ArchRule onlyTheWritePathChangesTranslations = noClasses()
            .that().doNotBelongToAnyOf(TranslationWriter.class, Translation.class)
            .should().accessFieldWhere(SETS_TRANSLATION_STATE);

    @ArchTest
    static final ArchRule onlyTheWritePathRecordsRevisions = noClasses()
            .that().doNotBelongToAnyOf(TranslationWriter.class, Revision.class)
            .should().callMethodWhere(WRITES_REVISIONS);

    @ArchTest
    static final ArchRule segmentationIsPureJava = noClasses().that().resideInAPackage("org.verso.segmentation..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    /** The kernel's digest is plain Java: every package may use it without leaning on anything. */
    @ArchTest
    static final ArchRule digestIsPureJava = noClasses().that().resideInAPackage("org.verso.digest..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAPackage("org.verso.digest.."))));

    @ArchTest
    static final ArchRule segmentationUsesNothingElseOfVerso = noClasses().that()
            .resideInAPackage("org.verso.segmentation..")
            .should().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAPackage("org.verso.segmentation.."))));

    /**
     * The one term matcher, used by the glossary check and the editor's term marks, is a pure core like segmentation:
     * plain records in, plain records out, nothing of Verso, so both users can depend on it without a cycle.
     */
    @ArchTest
    static final ArchRule termsArePureJava = noClasses().that()
            .resideInAPackage("org.verso.terms..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAPackage("org.verso.terms.."))));

    /** The engine clients are plain Java over java.net.http: testable against a stub server without Quarkus. */
    @ArchTest
    static final ArchRule machineEnginesArePureJava = noClasses().that()
            .resideInAPackage("org.verso.machine.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAnyPackage("org.verso.machine.engine..", "org.verso.qa.."))));

    /** The checks are pure Java; of Verso they use only the term matcher (ARCHITECTURE.md: "qa may use terms"). */
    @ArchTest
    static final ArchRule qaIsPureJava = noClasses().that().resideInAPackage("org.verso.qa..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAnyPackage("org.verso.qa..", "org.verso.terms.."))));

    @ArchTest
    static final ArchRule memoryCoreIsPureJava = noClasses().that().resideInAPackage("org.verso.memory.fuzzy..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule memoryCoreUsesNothingOfVersoButInterchange = noClasses().that()
            .resideInAPackage("org.verso.memory.fuzzy..")
            .should().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAPackage("org.verso.memory.fuzzy..")))
                    .and(not(resideInAPackage("org.verso.interchange.."))));

    @ArchTest
    static final ArchRule interchangeIsPureJava = noClasses().that().resideInAPackage("org.verso.interchange..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule interchangeUsesNothingOfVersoButItself = noClasses().that()
            .resideInAPackage("org.verso.interchange..")
            .should().dependOnClassesThat(resideInAPackage("org.verso..")
                    .and(not(resideInAPackage("org.verso.interchange.."))));

    @ArchTest
    static final ArchRule resourcesNeverQueryEntitiesDirectly = noClasses().that(RESOURCES)
            .should().callMethodWhere(STATIC_CALL_ON_ENTITY);

    @ArchTest
    static final ArchRule resourcesNeverTouchJpa = noClasses().that(RESOURCES)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule resourcesAreNotTransactional = noClasses().that(RESOURCES)
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule resourceMethodsAreNotTransactional = noMethods().that().areDeclaredInClassesThat(RESOURCES)
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule documentKnowsNothingOfTheLayersAboveIt = noClasses().that()
            .resideInAPackage("org.verso.document..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verso.translation..", "org.verso.web..",
                    "org.verso.account..", "org.verso.editor..", "org.verso.article..", "org.verso.delivery..",
                    "org.verso.pretranslation..", "org.verso.quality..", "org.verso.replace..", "org.verso.stats..",
                    "org.verso.suggestion..");

    @ArchTest
    static final ArchRule accountStandsAlone = noClasses().that().resideInAPackage("org.verso.account..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verso.document..", "org.verso.translation..",
                    "org.verso.web..", "org.verso.editor..", "org.verso.article..", "org.verso.delivery..",
                    "org.verso.pretranslation..", "org.verso.quality..", "org.verso.replace..", "org.verso.stats..",
                    "org.verso.suggestion..");

    /** The translation core knows none of the features built on it: they hear its events or implement its ports. */
    @ArchTest
    static final ArchRule theTranslationCoreKnowsNoFeatureAboveIt = noClasses().that()
            .resideInAPackage("org.verso.translation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.verso.editor..", "org.verso.article..",
                    "org.verso.delivery..", "org.verso.pretranslation..", "org.verso.quality..", "org.verso.replace..",
                    "org.verso.stats..", "org.verso.suggestion..", "org.verso.live..", "org.verso.web..");

    @ArchTest
    static final ArchRule webIsTheTopLayer = noClasses().that().resideOutsideOfPackage("org.verso.web..")
            .should().dependOnClassesThat().resideInAPackage("org.verso.web..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.verso.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noVagueClassNames = noClasses().should().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager");
}
