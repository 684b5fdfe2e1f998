package org.vipcare;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of CONVENTIONS.md, checked on the compiled main classes: features are rooms whose arrows go
 * one way, the code they share knows none of them, and a feature's entities are its own.
 */
class ArchitectureTest {

    private static final String ROOT = "org.vipcare.";

    /** Every feature package; each may have a {@code console} sub-package for its pages. */
    private static final List<String> FEATURES = List.of("customer", "consumption", "tier", "complaint", "followup",
            "retention", "report", "myday", "notification", "demo", "webhook", "product",
            "visit", "contact");

    /**
     * The only arrows allowed between features. A new one is a design decision: add it here; the table must stay free
     * of cycles (checked below). Reactions against an arrow's direction go through CDI events (ComplaintResolved,
     * ComplaintHandedOver, ComplaintBreached, FollowUpAssigned, TiersEvaluated).
     */
    private static final Map<String, Set<String>> FEATURE_DEPENDENCIES = Map.ofEntries(
            Map.entry("tier", Set.of()),
            Map.entry("customer", Set.of("tier")),
            Map.entry("consumption", Set.of("customer")),
            Map.entry("complaint", Set.of("customer", "tier")),
            Map.entry("followup", Set.of("complaint", "customer", "tier", "consumption", "report")),
            Map.entry("retention", Set.of("followup", "customer", "tier")),
            // The manager report names tiers, value classes and enterprise classes; it reads the rest in SQL.
            Map.entry("report", Set.of("complaint", "tier", "customer")),
            Map.entry("myday", Set.of("complaint", "followup", "customer", "retention", "visit")),
            Map.entry("notification", Set.of("complaint", "followup", "customer", "tier")),
            Map.entry("demo", Set.of("customer", "consumption", "tier", "complaint", "followup", "retention")),
            Map.entry("webhook", Set.of("tier", "complaint", "followup", "retention")),
            // Products hang off the customer; the RENEWAL job (followup) reads the product table in SQL, no arrow.
            Map.entry("product", Set.of("customer")),
            // Visits hang off the customer and announce overdue ones (VISIT_DUE) through the notification store.
            Map.entry("visit", Set.of("customer", "notification")),
            // Contacts hang off enterprise customers; their birthday calls (followup) read the contact table in SQL.
            Map.entry("contact", Set.of("customer")));

    /** What every feature may use; the shared console only from its {@code console} pages (see below). */
    private static final List<String> SHARED = List.of("common", "security", "audit", "calendar", "console");

    /** Packages the features build on; none of them may know a feature. */
    private static final List<String> FOUNDATIONS = List.of("common", "console", "security", "audit", "calendar");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vipcare");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.vipcare.(*)..").should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theDependencyTableNamesEveryFeatureAndHasNoCycle() {
        assertEquals(Set.copyOf(FEATURES), FEATURE_DEPENDENCIES.keySet());
        for (String feature : FEATURES) {
            assertTrue(FEATURES.containsAll(FEATURE_DEPENDENCIES.get(feature)), feature);
            assertFalse(reaches(feature, feature, new HashSet<>()), feature + " depends on itself through the table");
        }
    }

    @Test
    void featuresDependOnlyOnSharedCodeAndTheFeaturesTheTableAllows() {
        checkAll(FEATURES.stream().map(feature -> {
            String[] allowed = Stream.of(List.of(feature), SHARED, List.copyOf(FEATURE_DEPENDENCIES.get(feature)))
                    .flatMap(List::stream).map(ArchitectureTest::tree).toArray(String[]::new);
            return noClasses().that().resideInAPackage(tree(feature)).should()
                    .dependOnClassesThat(resideInAPackage("org.vipcare..").and(not(resideInAnyPackage(allowed))))
                    .because(feature + " may use the shared packages " + SHARED + " and of the features only "
                            + FEATURE_DEPENDENCIES.get(feature));
        }));
    }

    @Test
    void onlyConsolePagesUseTheSharedConsole() {
        // "My day" is a console page and nothing else, so all of it is console code.
        noClasses().that().resideInAnyPackage(Stream.concat(FEATURES.stream().filter(f -> !f.equals("myday")),
                        FOUNDATIONS.stream().filter(f -> !f.equals("console")))
                        .map(ArchitectureTest::tree).toArray(String[]::new))
                .and().resideOutsideOfPackage("org.vipcare.*.console..")
                .should().dependOnClassesThat().resideInAPackage("org.vipcare.console..")
                .check(classes);
    }

    @Test
    void foundationsKnowNoFeature() {
        String[] features = FEATURES.stream().map(ArchitectureTest::tree).toArray(String[]::new);
        checkAll(FOUNDATIONS.stream().map(foundation -> noClasses().that().resideInAPackage(tree(foundation))
                .should().dependOnClassesThat().resideInAnyPackage(features)));
    }

    /**
     * Panache entities expose public fields; outside their feature they are read through its services and DTOs
     * ({@code CustomerLookup}, {@code ComplaintService.recordVerified}, ...). The inherited id, version and time
     * stamps are {@code BaseEntity}'s, not a feature's. The demo book is exempt: it only seeds a dev or demo
     * database, building the customers it generates as entities and steering its sample cases by their fields; the
     * service never runs it on real data.
     */
    @Test
    void entityFieldsAreReadAndWrittenOnlyInsideTheirFeature() {
        checkAll(FEATURES.stream().map(feature -> noClasses().that().resideOutsideOfPackage(tree(feature))
                .and().resideOutsideOfPackage(tree("demo"))
                .should().accessFieldWhere(instanceFieldOfAnEntityOf(feature))));
    }

    private static DescribedPredicate<JavaFieldAccess> instanceFieldOfAnEntityOf(String feature) {
        return DescribedPredicate.describe("an instance field of an @Entity of " + feature,
                access -> access.getTarget().resolveMember()
                        .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                        .map(field -> field.getOwner().isAnnotatedWith(Entity.class)
                                && field.getOwner().getPackageName().startsWith(ROOT + feature))
                        .orElse(false));
    }

    /** Every rule evaluated, so that one failure report lists all the violations. */
    private static void checkAll(Stream<ArchRule> rules) {
        List<String> failures = new ArrayList<>();
        rules.map(rule -> rule.evaluate(classes)).filter(EvaluationResult::hasViolation)
                .forEach(result -> failures.add(result.getFailureReport().toString()));
        assertTrue(failures.isEmpty(), () -> failures.stream().collect(Collectors.joining("\n")));
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : FEATURE_DEPENDENCIES.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static String tree(String pkg) {
        return ROOT + pkg + "..";
    }
}
