package com.ratecard.data.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.InputException;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.data.UnknownNameException;
import com.ratecard.data.WorkArrangement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What account managers type, read as the guide's names: one table per kind of input, each row the
 * input and the match (or the error and what it suggests). Rows marked "issue 10" are the wrong
 * answers the issue found, kept as regressions.
 */
class OpeningMatcherTest {
    private static final OpeningMatcher MATCHER = new OpeningMatcher(Fixtures.MARKET);

    private static Opening.Builder opening(String role) {
        return Opening.builder().client("Acme").role(role).location("Chicago");
    }

    private static Interpretation match(Opening.Builder builder) {
        return MATCHER.match(builder.build());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(";"));
    }

    @ParameterizedTest(name = "title \"{0}\" (level {1}) -> {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Sr. MLOps Engineer                       |        | mlops         | senior | issue 10
            Senior MLOps Engineer                    |        | mlops         | senior | issue 10
            ML Ops Engineer                          | senior | mlops         | senior | issue 10
            MLE                                      | mid    | ml-engineer   | mid    | issue 10: suggested Data Engineer
            Data Platform Engineer                   | mid    | data-engineer | mid    | issue 10: suggested MLOps Engineer
            Site Reliability Engineer                | mid    | devops        | mid    | issue 10: no suggestion
            Platform Engineer - ML                   | mid    | mlops         | mid    | issue 10: no suggestion
            Senior Data Engineer with ML experience  |        | mlops         | senior | the guide's own alias
            Data Engineer with ML experience         | mid    | mlops         | mid    | the alias without its seniority word
            Sr. ML Platform Engineer                 |        | mlops         | senior |
            Engineer, Machine Learning Platform      | staff  | mlops         | staff  | any word order, machine learning = ML
            Staff ML Infrastructure Engineer         |        | mlops         | staff  |
            Principal MLOps Engineer                 |        | mlops         | staff  |
            Junior DevOps Engineer                   |        | devops        | entry  |
            Jr. Data Engineer                        |        | data-engineer | entry  |
            MLOps Engineer II                        |        | mlops         | mid    | numbered ladder
            Site Reliability Engineer III            |        | devops        | senior | numbered ladder
            DevOps Engineer I                        |        | devops        | entry  | numbered ladder
            ML Engineer L5                           |        | ml-engineer   | senior | L-ladder
            AI/ML Engineer L6                        |        | ml-engineer   | staff  | L-ladder
            Lead MLOps Engineer                      |        | mlops         | senior | Lead is Senior unless said otherwise
            Lead MLOps Engineer                      | staff  | mlops         | staff  | ... or Staff
            Senior Staff MLOps Engineer              |        | mlops         | staff  | the highest seniority word
            Machine Learning Engineer (Trading)      | senior | ml-engineer   | senior | one part of the title names the role
            Senior MLOps Engineer - Payments         |        | mlops         | senior |
            MLOps Developer                          | mid    | mlops         | mid    | developer = engineer
            data-engineer                            | mid    | data-engineer | mid    | an id
            Cloud Engineer                           | mid    | devops        | mid    | recruiter title
            Entry-Level MLOps Engineer               |        | mlops         | entry  |
            Machine Learning Ops Engineer            | mid    | mlops         | mid    | synonyms applied until none is left
            Staff Software Engineer, ML Infrastructure |      | mlops         | staff  | a part without its noun
            Tech Lead, MLOps                         |        | mlops         | senior |
            Sr MLOps Eng.                            |        | mlops         | senior |
            Sr. Data Engineer (ML)                   |        | mlops         | senior | a data engineer with ML experience
            """)
    void titles(String title, String level, String role, String expectedLevel, String why) {
        Interpretation u = match(opening(title).level(level));
        assertEquals(role, u.role().id(), why);
        assertEquals(expectedLevel, u.level().id(), why);
        assertEquals(title, u.reading(Reading.Field.ROLE).typed());
    }

    @ParameterizedTest(name = "title \"{0}\" -> error \"{2}\", suggesting [{3}]")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Lead                 | mid    | says a level (Senior) but no role              |                | issue 10: no suggestion
            MLOps Enginer        | senior | did you mean "MLOps Engineer"?                 | MLOps Engineer | a typo
            Data Enginer         | mid    | did you mean "Data Engineer"?                  | Data Engineer  |
            Quantum Wrangler     | mid    | the guide prices only MLOps Engineer, Data Engineer, ML / AI Engineer and DevOps Engineer | | not one of the four
            Data Scientist       | mid    | the guide prices only                          |                | not Data Engineer: another job
            Software Engineer    | mid    | the guide prices only                          |                |
            Principal Engineer   |        | the guide prices only                          |                | "engineer" alone is no role
            Data Engineer / ML Engineer | mid | names more than one role                    | Data Engineer;ML / AI Engineer |
            """)
    void titleErrors(String title, String level, String message, String suggestions, String why) {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> match(opening(title).level(level)));
        assertEquals("role", e.field());
        assertTrue(e.getMessage().contains(message), why + ": " + e.getMessage());
        assertEquals(list(suggestions), e.suggestions(), why);
    }

    @ParameterizedTest(name = "level {1}, {2} years, title \"{0}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            MLOps Engineer      | mid    | 5   | mid    | issue 10: the bands meet at 5
            MLOps Engineer      | senior | 8   | senior | issue 10: the bands meet at 8
            MLOps Engineer      | senior | 5   | senior |
            MLOps Engineer      | staff  | 8   | staff  |
            MLOps Engineer      |        | 5   | senior | years alone: each level starts at its minimum
            MLOps Engineer      |        | 8   | staff  |
            MLOps Engineer      |        | 4   | mid    |
            MLOps Engineer      |        | 2.5 | entry  | between two bands
            MLOps Engineer      | mid    | 2.5 | mid    | between two bands: either neighbour
            MLOps Engineer      | L5     |     | senior | issue 10: suggested "entry or senior"
            MLOps Engineer      | L3     |     | entry  |
            MLOps Engineer      | Sr.    |     | senior |
            MLOps Engineer      | Staff / Principal | | staff |
            MLOps Engineer      | Senior level |  | senior |
            MLOps Engineer      | Staff+ |     | staff  |
            MLOps Engineer      | lead   | 9   | staff  | Lead allows Staff when the years say so
            Sr. MLOps Engineer  |        | 6   | senior | title and years agree
            Sr. MLOps Engineer  | senior |     | senior | title and level agree
            """)
    void levels(String title, String level, Double years, String expected, String why) {
        assertEquals(expected, match(opening(title).level(level).years(years)).level().id(), why);
    }

    @ParameterizedTest(name = "level {1}, {2} years, title \"{0}\" -> {4} error")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            MLOps Engineer                          | entry  | 7 | level "entry" (Entry-Level, 0–2 yrs) and 7 years (Senior, 5–8 yrs) contradict each other | years
            MLOps Engineer                          | staff  | 2 | contradict each other                                                               | years
            Senior Data Engineer with ML experience | entry  |   | level "entry" (Entry-Level, 0–2 yrs) and "Senior" in the title "Senior Data Engineer with ML experience" (Senior, 5–8 yrs) contradict each other | level
            Sr. MLOps Engineer                      |        | 3 | "Sr." in the title "Sr. MLOps Engineer" (Senior, 5–8 yrs) and 3 years (Mid-Level, 3–5 yrs) contradict each other | years
            Sr. MLOps Engineer                      | mid    |   | contradict each other                                                               | level
            MLOps Engineer                          |        |   | no level: the title "MLOps Engineer" does not say one                               | level
            MLOps Engineer                          | senoir |   | unknown level "senoir"; did you mean "senior"?                                      | level
            """)
    void levelErrors(String title, String level, Double years, String message, String field) {
        InputException e = assertThrows(InputException.class, () -> match(opening(title).level(level).years(years)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(field, e.field());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Jersey City            | new-york             | priced in the New York City market          | issue 10: rejected
            Jersey City, NJ        | new-york             | priced in the New York City market          |
            Boulder                | austin-denver-boston | Denver                                      | issue 10: rejected
            Cambridge MA           | austin-denver-boston | Boston                                      | issue 10: rejected
            Cambridge, MA          | austin-denver-boston | Boston                                      |
            Atlanta                | us-national          | priced as most US markets                   | issue 10: rejected
            Ohio                   | us-national          | priced as most US markets                   | issue 10: suggested Chicago
            OH                     | us-national          | priced as most US markets                   |
            Seattle, WA            | seattle              |                                             | issue 10: rejected
            Seattle WA             | seattle              |                                             |
            Irvine                 | southern-california  | Southern California                         |
            Irvine, CA             | southern-california  | Orange County                               |
            San Diego              | southern-california  | priced in the Southern California market    |
            Smallville, KS         | us-national          | Smallville, KS is priced as most US markets | any US place with its state
            Paris, TX              | us-national          | priced as most US markets                   | a US Paris
            Sacramento, CA         | us-national          | outside the Bay Area                        | California is not all one market
            Greater Boston Area    | austin-denver-boston |                                             |
            San Francisco Bay Area | bay-area             |                                             |
            Hybrid - Boston        | austin-denver-boston |                                             | arrangement words set aside
            San Diego (on-site)    | southern-california  |                                             |
            Remote (US)            | remote               |                                             | issue 10
            Remote - US            | remote               |                                             | issue 10
            Remote                 | remote               |                                             |
            NYC                    | new-york             |                                             |
            national               | us-national          |                                             |
            southern-california    | southern-california  |                                             | an id
            Anywhere in the US     | remote               |                                             |
            Remote, USA            | remote               |                                             |
            Boston, MA 02110       | austin-denver-boston |                                             | a ZIP code
            St. Louis              | us-national          | priced as most US markets                   |
            Washington D.C.        | us-national          | priced as most US markets                   |
            Los Angeles, California | southern-california |                                             | a state's name
            Bay Area, CA           | bay-area             |                                             |
            """)
    void places(String place, String location, String note, String why) {
        Interpretation u = match(opening("MLOps Engineer").level("mid").location(place));
        assertEquals(location, u.location().id(), why);
        String read = u.reading(Reading.Field.LOCATION).note();
        if (note != null) assertTrue(read != null && read.contains(note), why + ": " + read);
    }

    @ParameterizedTest(name = "\"{0}\" -> error \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            London          | is outside the US (United Kingdom): the guide covers the US only |             | issue 10
            Toronto         | is outside the US (Canada): the guide covers the US only         |             | issue 10
            Bangalore       | is outside the US (India)                                        |             |
            London, UK      | is outside the US (United Kingdom)                               |             |
            Toronto, ON     | is outside the US (Canada)                                       |             |
            Remote - Canada | is outside the US (Canada)                                       |             |
            Atlantis        | did you mean "Atlanta, GA"?                                      | Atlanta, GA |
            Seatle          | did you mean "Seattle"?                                          | Seattle     |
            Aurora          | could be Aurora, CO (Austin / Denver / Boston), or Aurora, IL (Chicago) | Aurora, CO;Aurora, IL | one name, two markets
            Vancouver       | Vancouver in Canada (outside the US                              | Vancouver, WA |
            Texas           | is a state with places in different markets                     |             | Austin or Dallas?
            California      | expected a city, such as "San Francisco, CA"                    |             |
            Hybrid          | says how the hire works but not where                           |             |
            Smallville      | expected a US city (with its state                              |             | unknown bare name
            """)
    void placeErrors(String place, String message, String suggestions, String why) {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> match(opening("MLOps Engineer").level("mid").location(place)));
        assertEquals("location", e.field());
        assertTrue(e.getMessage().contains(message), why + ": " + e.getMessage());
        assertEquals(list(suggestions), e.suggestions(), why);
    }

    @ParameterizedTest(name = "skill \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Feature store design                   | feature-store  | issue 10: rejected
            Feature stores                         | feature-store  |
            feature store                          | feature-store  |
            GPUs                                   | gpu-cluster    | issue 10: rejected
            GPU                                    | gpu-cluster    |
            HIPAA compliance                       | ml-governance  | issue 10: got nothing
            SOX                                    | ml-governance  | compliance regimes
            SOC 2                                  | ml-governance  |
            GDPR                                   | ml-governance  |
            model risk / SR 11-7                   | ml-governance  |
            vLLM                                   | llm-deployment | vendor tools the guide names
            TensorRT-LLM                           | llm-deployment |
            Triton                                 | llm-deployment |
            SageMaker                              | cloud-platform |
            Vertex AI                              | cloud-platform |
            MLflow                                 | mlflow         |
            Jenkins                                | ci-cd          |
            k8s                                    | kubernetes     | abbreviation
            Kubernetes                             | kubernetes     |
            CI/CD                                  | ci-cd          |
            Experience with LLM fine-tuning (LoRA) | llm-deployment | words around the name
            Multi-cloud ML platform                | multi-cloud    | the start of the guide's name
            Multicloud                             | multi-cloud    |
            real-time feature serving              | feature-store  | a part of the guide's name
            Strong Python                          | python         |
            5+ years of Python                     | python         |
            Terraform and Kubernetes               | kubernetes;terraform | two skills in one entry
            Docker/Kubernetes                      | docker;kubernetes    |
            Fine tuning LLMs                       | llm-deployment |
            LLM fine-tuning with PyTorch           | llm-deployment | the premium's own name, with other words
            HIPAA/HITRUST                          | ml-governance  |
            Feature Store (Feast/Tecton)           | feature-store  |
            kubernetes (EKS)                       | kubernetes     |
            """)
    void skills(String typed, String ids, String why) {
        Interpretation u = match(opening("MLOps Engineer").level("mid").skills(List.of(typed)));
        assertEquals(list(ids), u.skills().stream().map(Skill::id).sorted().toList(), why);
        assertTrue(u.notPricedSkills().isEmpty(), why);
    }

    @ParameterizedTest(name = "skill \"{0}\" is not priced by the guide")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Helm        | issue 10: suggested LLM deployment
            Spark       |
            Kubeflow    | not a typo of kube (Kubernetes)
            Airflow     |
            Go          | not the initials of GPU orchestration
            Model monitoring |
            Feature engineering | not a feature store
            """)
    void notPricedByTheGuide(String typed, String why) {
        Interpretation u = match(opening("MLOps Engineer").level("mid").skills(List.of(typed)));
        assertEquals(List.of(typed), u.notPricedSkills(), why);
        assertTrue(u.skills().isEmpty(), why);
        assertFalse(u.skillReadings().get(0).priced());
    }

    @ParameterizedTest(name = "skill \"{0}\" -> error suggesting {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            RAG            | LLM deployment and fine-tuning                                | issue 10: suggested Terraform
            CUDA           | GPU cluster management and multi-GPU training orchestration   | issue 10: suggested CKA
            LLM evaluation | LLM deployment and fine-tuning                                | contains a premium's name
            Feature stor   | Feature store design and real-time feature serving at scale   | a typo of a premium
            LLM deploymnt  | LLM deployment and fine-tuning                                |
            NVIDIA GPUs    | GPU cluster management and multi-GPU training orchestration   |
            Data governance | ML governance, model auditing and compliance frameworks      |
            Kubernets      | Kubernetes                                                    | a typo of a skill of the priced combination
            GPU programming (CUDA) | GPU cluster management and multi-GPU training orchestration |
            """)
    void closeToAPricedSkill(String typed, String suggestion, String why) {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> match(opening("MLOps Engineer").level("mid").skills(List.of(typed))));
        assertEquals("skill", e.field());
        assertEquals(List.of(suggestion), e.suggestions(), why + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"" + suggestion + "\"?"), e.getMessage());
    }

    @Test
    void strictRefusesWhatTheGuideDoesNotPrice() {
        OpeningMatcher strict = new OpeningMatcher(Fixtures.MARKET, OpeningMatcher.Unpriced.REFUSE);
        InputException e = assertThrows(InputException.class,
                () -> strict.match(opening("MLOps Engineer").level("mid").skills(List.of("Kubernetes", "Spark", "Helm")).build()));
        assertEquals("skills", e.field());
        assertTrue(e.getMessage().startsWith("skills \"Spark\", \"Helm\" are not priced by the guide (--strict)"), e.getMessage());
        assertEquals(List.of("kubernetes"), strict.match(opening("MLOps Engineer").level("mid").skills(List.of("k8s")).build())
                .skills().stream().map(Skill::id).toList());
    }

    @Test
    void theIssuesSentence() {
        Interpretation u = match(opening("Sr. ML Platform Engineer").location("San Diego"));
        assertEquals("Priced as MLOps Engineer, Senior, Southern California (your title: Sr. ML Platform Engineer, San Diego)",
                u.pricedAs());
        assertEquals("San Diego", u.placeAsTyped());
        assertTrue(u.notes().contains("level Senior from the title's \"Sr.\""), u.notes().toString());
        assertEquals("Priced as MLOps Engineer, Senior, Chicago", match(opening("MLOps Engineer").level("senior")).pricedAs());
    }

    @Test
    void aRemoteHireIsPricedRemoteWhereverTheClientIs() {
        Interpretation u = match(opening("MLOps Engineer").level("mid").location("San Diego")
                .workArrangement(WorkArrangement.REMOTE));
        assertEquals("remote", u.location().id());
        assertEquals("Remote", u.placeAsTyped());
    }

    @Test
    void theEngineRepricingAtAnotherLevelIsNoContradiction() {
        Opening senior = opening("Sr. MLOps Engineer").build();
        assertEquals("senior", MATCHER.match(senior).level().id());
        assertEquals("mid", MATCHER.match(senior.withLevel("mid")).level().id());
        assertEquals("chicago", MATCHER.match(opening("MLOps Engineer").level("mid").location("Remote")
                .workArrangement(WorkArrangement.REMOTE).build().withLocation("chicago")).location().id());
    }
}
