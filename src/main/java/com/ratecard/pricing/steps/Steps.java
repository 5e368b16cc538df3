package com.ratecard.pricing.steps;

import com.ratecard.data.Engagement;
import com.ratecard.data.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pricing steps for one role: every figure of a quote as a formula over the opening's inputs,
 * the tables and the policy, in the order they are computed. The engine evaluates them for every
 * opening and alternative; the workbook writes the same definitions as live formulas.
 * {@code levels}, {@code locations} and {@code engagements} are the inputs' lists, in order.
 */
public final class Steps {
    private final String roleId;
    private final List<Definition> definitions;
    private final Map<Figure, Definition> byFigure = new HashMap<>();
    private final List<String> levels;
    private final List<String> locations;
    private final List<String> premiumSkills;
    private final List<String> comboSkills;
    private final List<String> combos;
    private final List<String> skillInputs;
    private final Map<Figure, Integer> positions = new HashMap<>();
    private final Evaluation.Node[] compiled;

    /** @param policy the policy values the formulas read, fixed into the compiled steps */
    public Steps(String roleId, List<Definition> definitions, List<String> levels, List<String> locations,
                 List<String> premiumSkills, List<String> comboSkills, List<String> combos, Policy policy) {
        this.roleId = roleId;
        this.definitions = List.copyOf(definitions);
        this.levels = List.copyOf(levels);
        this.locations = List.copyOf(locations);
        this.premiumSkills = List.copyOf(premiumSkills);
        this.comboSkills = List.copyOf(comboSkills);
        this.combos = List.copyOf(combos);
        for (Definition d : definitions) {
            if (byFigure.put(d.figure(), d) != null) throw new IllegalArgumentException("figure defined twice: " + d.figure());
            d.expr().accept(new Walker(f -> {
                if (!byFigure.containsKey(f)) throw new IllegalArgumentException(d.figure() + " uses " + f + " before it is defined");
            }, t -> {}, p -> {}));
        }
        List<String> skills = new ArrayList<>(premiumSkills);
        comboSkills.stream().filter(s -> !skills.contains(s)).forEach(skills::add);
        this.skillInputs = List.copyOf(skills);
        for (int i = 0; i < this.definitions.size(); i++) positions.put(this.definitions.get(i).figure(), i);
        Evaluation.Compiler compiler = new Evaluation.Compiler(positions, skillInputs, policy);
        this.compiled = this.definitions.stream().map(d -> d.expr().accept(compiler)).toArray(Evaluation.Node[]::new);
    }

    public String roleId() { return roleId; }
    public List<Definition> definitions() { return definitions; }
    public List<String> levels() { return levels; }
    public List<String> locations() { return locations; }
    /** Premium skills in pricing order (largest first). */
    public List<String> premiumSkills() { return premiumSkills; }
    /** Skills that aren't priced themselves but complete a combination. */
    public List<String> comboSkills() { return comboSkills; }
    public List<String> combos() { return combos; }

    public List<Engagement> engagements() {
        return List.of(Engagement.values());
    }

    public Definition definition(Figure figure) {
        Definition d = byFigure.get(figure);
        if (d == null) throw new IllegalArgumentException("no figure " + figure);
        return d;
    }

    public boolean defines(Figure figure) {
        return byFigure.containsKey(figure);
    }

    /** Every figure for these inputs. */
    public Values evaluate(Inputs inputs) {
        Evaluation.Frame frame = new Evaluation.Frame(compiled.length, skillInputs.size());
        frame.level = position(levels, inputs.level());
        frame.location = position(locations, inputs.location());
        for (int i = 0; i < skillInputs.size(); i++) frame.skills[i] = inputs.skillsOn().contains(skillInputs.get(i)) ? 1 : 0;
        frame.clearance = inputs.clearance() ? 1 : 0;
        frame.engagement = engagements().indexOf(inputs.engagement()) + 1;
        frame.budget = inputs.budget() == null ? Double.NaN : inputs.budget().amount();
        frame.budgetHourly = inputs.budget() != null && inputs.budget().hourly() ? 1 : 0;
        frame.effectiveDate = inputs.effectiveDate().toEpochDay();
        for (int i = 0; i < compiled.length; i++) frame.figures[i] = compiled[i].eval(frame);
        return new Values(positions, frame.figures);
    }

    private static double position(List<String> list, String id) {
        int i = list.indexOf(id);
        if (i < 0) throw new IllegalArgumentException("\"" + id + "\" is not one of " + list);
        return i + 1;
    }

    /** The tables the given figures read, in first-use order. */
    public List<Table> tables(List<Definition> used) {
        Set<Table> tables = new LinkedHashSet<>();
        for (Definition d : used) d.expr().accept(new Walker(f -> {}, tables::add, p -> {}));
        return new ArrayList<>(tables);
    }

    /** The policy keys the given figures read. */
    public Set<com.ratecard.data.PolicyKey> policies(List<Definition> used) {
        Set<com.ratecard.data.PolicyKey> keys = new LinkedHashSet<>();
        for (Definition d : used) d.expr().accept(new Walker(f -> {}, t -> {}, keys::add));
        return keys;
    }

    /** The data figures (guide values) the given figures read. */
    public List<Expr.Datum> data(List<Definition> used) {
        Set<Expr.Datum> data = new LinkedHashSet<>();
        for (Definition d : used) d.expr().accept(new DatumWalker(data));
        return new ArrayList<>(data);
    }

    /** The definitions a client sees: all but the internal figures. */
    public List<Definition> clientDefinitions() {
        return definitions.stream().filter(d -> !d.figure().internal()).toList();
    }
}
