package com.ratecard.pricing;

import com.ratecard.data.Clearance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.MarketKind;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.data.WorkArrangement;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.Reading;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Inputs;
import com.ratecard.pricing.steps.Steps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The changes that would bring the recommended minimum down to a budget, each priced by the same
 * steps in the budget's unit. Only changes the opening allows are offered: a required clearance
 * is never dropped, and an opening that is on-site or hybrid is never moved to another market or
 * to remote. A change that does not lower the price is not a lever. When no single change closes
 * the gap, the combination with the fewest changes that does, and among those the cheapest, is
 * priced as a whole.
 */
final class LeverSearch {
    private final MarketData data;

    LeverSearch(MarketData data) {
        this.data = data;
    }

    /** One change: how it moves the steps' inputs and the opening; changes of one group exclude each other. */
    private record Change(String id, String label, String detail, String group, UnaryOperator<Inputs> inputs,
                          UnaryOperator<Opening> opening) {}

    record Result(List<Lever> levers, Lever combination) {}

    Result search(Steps steps, Opening opening, Interpretation understood, Inputs inputs, double minimum, double budget) {
        List<Change> changes = changes(steps, opening, understood, inputs);
        List<Lever> levers = new ArrayList<>();
        for (Change change : changes) {
            Lever lever = lever(steps, opening, inputs, List.of(change), minimum, budget);
            if (lever.effect() < 0) levers.add(lever);
        }
        levers.sort(Comparator.comparingDouble(Lever::newMinimum).reversed());
        Lever combination = null;
        if (levers.stream().noneMatch(Lever::closesGap)) {
            List<Change> useful = changes.stream().filter(c -> levers.stream().anyMatch(l -> l.id().equals(c.id()))).toList();
            combination = cheapestCombination(steps, opening, inputs, useful, minimum, budget).orElse(null);
        }
        return new Result(levers, combination);
    }

    private List<Change> changes(Steps steps, Opening opening, Interpretation understood, Inputs inputs) {
        Level level = understood.level();
        Location location = understood.location();
        List<Change> out = new ArrayList<>();
        for (Skill skill : PremiumOrder.of(understood.skills())) {
            out.add(new Change("drop-skill:" + skill.id(), "Make " + skill.name() + " a nice-to-have",
                    "the guide adds " + Money.range(skill.premiumLow(), skill.premiumHigh()) + " for it", "skill:" + skill.id(),
                    in -> in.withSkills(without(in.skillsOn(), skill.id())), o -> o.withSkills(typedWithout(o, understood, skill))));
        }
        if (opening.clearance() == Clearance.PREFERRED) {
            out.add(new Change("drop-clearance", "Consider candidates without a security clearance",
                    "the clearance is preferred, not required", "clearance", in -> in.withClearance(false),
                    o -> o.withClearance(Clearance.NO)));
        }
        boolean movable = opening.workArrangement() == null && !location.remote();
        if (movable) {
            Location remote = data.locations().items().stream().filter(Location::remote).findFirst().orElseThrow();
            out.add(new Change("remote", "Open the role to fully remote candidates",
                    "the guide's remote discount, held at its floor", "location", in -> in.withLocation(remote.id()),
                    o -> o.with(b -> b.workArrangement(WorkArrangement.REMOTE))));
            cheapestOtherMarket(steps, inputs, location).ifPresent(m -> out.add(new Change("location:" + m.id(),
                    m.market() == MarketKind.PREMIUM || m.market() == MarketKind.REMOTE ? "Hire in " + m.name()
                            : "Base the role outside the Bay Area and New York (for example " + m.name() + ")",
                    "if the role can be based there", "location", in -> in.withLocation(m.id()), o -> o.withLocation(m.name()))));
        }
        levelBelow(level).ifPresent(below -> out.add(new Change("level:" + below.id(), "Hire one level down: " + below.name(),
                "narrower scope, more ramp-up", "level", in -> in.withLevel(below.id()), o -> o.withLevel(below.id()))));
        return out;
    }

    private Lever lever(Steps steps, Opening opening, Inputs inputs, List<Change> changes, double minimum, double budget) {
        Inputs changedInputs = inputs;
        Opening changedOpening = opening;
        for (Change c : changes) {
            changedInputs = c.inputs().apply(changedInputs);
            changedOpening = c.opening().apply(changedOpening);
        }
        double newMinimum = steps.evaluate(changedInputs).get(FigureKind.BUDGET_UNIT_LOW);
        List<String> ids = changes.stream().map(Change::id).toList();
        String id = changes.size() == 1 ? ids.get(0) : "combination:" + String.join("+", ids);
        String label = changes.size() == 1 ? changes.get(0).label()
                : String.join(", and ", changes.stream().map(c -> lowerFirst(c.label())).toList());
        if (changes.size() > 1) label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String detail = String.join("; ", changes.stream().map(Change::detail).toList());
        double effect = newMinimum - minimum;
        return new Lever(id, label, ids, effect, newMinimum, effect < 0 && newMinimum <= budget, detail, changedOpening);
    }

    /** Fewest changes first; among those that close the gap, the lowest price. */
    private Optional<Lever> cheapestCombination(Steps steps, Opening opening, Inputs inputs, List<Change> changes,
                                                double minimum, double budget) {
        for (int size = 2; size <= changes.size(); size++) {
            List<Lever> closing = new ArrayList<>();
            for (List<Change> subset : subsets(changes, size)) {
                Lever lever = lever(steps, opening, inputs, subset, minimum, budget);
                if (lever.closesGap()) closing.add(lever);
            }
            if (!closing.isEmpty()) return closing.stream().min(Comparator.comparingDouble(Lever::newMinimum));
        }
        return Optional.empty();
    }

    /** Subsets of a size whose changes are of different groups, in a stable order. */
    private static List<List<Change>> subsets(List<Change> changes, int size) {
        List<List<Change>> out = new ArrayList<>();
        collect(changes, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<Change> changes, int size, int from, List<Change> chosen, List<List<Change>> out) {
        if (chosen.size() == size) {
            out.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (chosen.stream().anyMatch(x -> x.group().equals(c.group()))) continue;
            chosen.add(c);
            collect(changes, size, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The cheapest market other than the opening's own and remote, if it is cheaper. */
    private Optional<Location> cheapestOtherMarket(Steps steps, Inputs inputs, Location current) {
        double here = steps.evaluate(inputs).get(FigureKind.BUDGET_UNIT_LOW);
        Location best = null;
        double bestPrice = here;
        for (Location l : data.locations().items()) {
            if (l.remote() || l.equals(current)) continue;
            double price = steps.evaluate(inputs.withLocation(l.id())).get(FigureKind.BUDGET_UNIT_LOW);
            if (price < bestPrice) {
                best = l;
                bestPrice = price;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Level> levelBelow(Level level) {
        return data.levelsByRank().stream().filter(l -> l.rank() < level.rank()).reduce((a, b) -> b);
    }

    private static Set<String> without(Set<String> set, String id) {
        Set<String> out = new HashSet<>(set);
        out.remove(id);
        return out;
    }

    /** The opening's skills as typed, without those that were read as the skill. */
    private static List<String> typedWithout(Opening opening, Interpretation understood, Skill skill) {
        List<String> dropped = understood.skillReadings().stream().filter(r -> skill.id().equals(r.id())).map(Reading::typed).toList();
        return opening.skills().stream().filter(s -> !dropped.contains(s)).toList();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
